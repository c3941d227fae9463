// Policy settings (SPEC section 3): every flag's parameters and the services it applies to,
// editable by the director, each shown with its default and the default's origin. Only changes
// are stored; every change is audited; flags read the settings on each evaluation, so they
// recompute at once.
import { appendAudit } from '../audit/chain';
import { ORG_KEY } from '../audit/data-keys';
import { FLAGS, flagDef } from '../analysis/registry';
import { paramValues, type FlagConfig, type PolicyConfig } from '../analysis/evaluate';
import type { ParamSpec, RegisteredFlag } from '../analysis/flag';
import type { FlagId, FlagSetting, Output, ParsedInput, PolicySettings } from '../contract';
import { CoreError } from '../errors';
import type { Writer } from '../records/record-service';
import type { Database } from '../store/sqlite';

const HOLIDAYS_KEY = 'calendar:extra-holidays';
const flagKey = (id: FlagId): string => `flag:${id}`;

interface Row {
  key: string;
  value: string;
  updated_at: string;
}

function rows(db: Database): Map<string, Row> {
  return new Map((db.prepare('SELECT key, value, updated_at FROM policy_settings').all() as Row[]).map((r) => [r.key, r]));
}

/** What the flags evaluate with: the stored changes, defaults for the rest. */
export function readPolicyConfig(db: Database): PolicyConfig {
  const stored = rows(db);
  const flags: PolicyConfig['flags'] = {};
  for (const def of FLAGS) {
    const row = stored.get(flagKey(def.id));
    if (row) flags[def.id] = JSON.parse(row.value) as FlagConfig;
  }
  const holidays = stored.get(HOLIDAYS_KEY);
  return { flags, extraHolidays: holidays ? (JSON.parse(holidays.value) as PolicyConfig['extraHolidays']) : [] };
}

function describe(def: RegisteredFlag, config: FlagConfig | undefined, updatedAt: string | null): FlagSetting {
  const values = paramValues(def.params, config?.params);
  return {
    id: def.id,
    title: def.title,
    definition: def.definition,
    citation: def.citation,
    services: { value: [...(config?.services ?? def.services.default)], default: [...def.services.default], origin: def.services.origin },
    params: Object.entries(def.params).map(([key, spec]: [string, ParamSpec]) =>
      spec.kind === 'integer'
        ? { kind: 'integer', key, label: spec.label, value: Number(values[key]), default: spec.default, origin: spec.origin, min: spec.min, max: spec.max, unit: spec.unit }
        : { kind: 'choice', key, label: spec.label, value: String(values[key]), default: spec.default, origin: spec.origin, choices: [...spec.choices] },
    ),
    updatedAt,
  };
}

export function policySettings(db: Database): PolicySettings {
  const stored = rows(db);
  const config = readPolicyConfig(db);
  return {
    flags: FLAGS.map((def) => describe(def, config.flags[def.id], stored.get(flagKey(def.id))?.updated_at ?? null)),
    extraHolidays: [...config.extraHolidays],
  };
}

function settingOf(db: Database, id: FlagId): FlagSetting {
  const found = policySettings(db).flags.find((f) => f.id === id);
  if (!found) throw new CoreError('not_found', `There is no flag ${id} in this version of Threshold.`);
  return found;
}

function requireFlag(id: FlagId): RegisteredFlag {
  const def = flagDef(id);
  if (!def) throw new CoreError('not_found', `There is no flag ${id} in this version of Threshold.`);
  return def;
}

/** Refuses unknown parameters and values outside a parameter's range, naming each. */
function checkParams(def: RegisteredFlag, params: Readonly<Record<string, number | string>>): void {
  const issues: { path: string; message: string }[] = [];
  for (const [key, value] of Object.entries(params)) {
    const spec = Object.hasOwn(def.params, key) ? def.params[key] : undefined;
    if (!spec) issues.push({ path: `params.${key}`, message: `is not a parameter of ${def.id}` });
    else if (spec.kind === 'integer' && (typeof value !== 'number' || !Number.isInteger(value) || value < spec.min || value > spec.max))
      issues.push({ path: `params.${key}`, message: `must be a whole number from ${spec.min} to ${spec.max}` });
    else if (spec.kind === 'choice' && !spec.choices.some((c) => c.value === value))
      issues.push({ path: `params.${key}`, message: `must be one of ${spec.choices.map((c) => c.label).join(', ')}` });
  }
  if (issues.length) throw new CoreError('invalid_input', `${def.id}: ${issues.map((i) => `${i.path.slice(7)} ${i.message}`).join('; ')}.`, issues);
}

function write(w: Writer, key: string, value: unknown | null, audit: { action: string; entityId: string | null; before: unknown; after: unknown }): void {
  w.db.transaction(() => {
    if (value === null) w.db.prepare('DELETE FROM policy_settings WHERE key = ?').run(key);
    else
      w.db
        .prepare('INSERT INTO policy_settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by')
        .run(key, JSON.stringify(value), w.at.toISOString(), w.user.id);
    appendAudit(w.db, { actorUserId: w.user.id, action: audit.action, entity: 'policy_setting', entityId: audit.entityId, keyId: ORG_KEY, before: audit.before, after: audit.after }, w.at);
  })();
}

export function updateFlag(w: Writer, input: ParsedInput<'policy.updateFlag'>): Output<'policy.updateFlag'> {
  const def = requireFlag(input.id);
  checkParams(def, input.params);
  const before = describe(def, readPolicyConfig(w.db).flags[def.id], null);
  const config: FlagConfig = { services: [...new Set(input.services)], params: { ...paramValues(def.params, input.params) } };
  write(w, flagKey(def.id), config, { action: 'policy.update', entityId: def.id, before: { services: before.services.value, params: Object.fromEntries(before.params.map((p) => [p.key, p.value])) }, after: config });
  return settingOf(w.db, def.id);
}

export function resetFlag(w: Writer, id: FlagId): Output<'policy.resetFlag'> {
  const def = requireFlag(id);
  write(w, flagKey(id), null, { action: 'policy.reset', entityId: id, before: readPolicyConfig(w.db).flags[id] ?? null, after: null });
  return settingOf(w.db, def.id);
}

export function setExtraHolidays(w: Writer, input: ParsedInput<'policy.setExtraHolidays'>): Output<'policy.setExtraHolidays'> {
  const holidays = [...new Map(input.holidays.map((h) => [h.date, h])).values()].sort((a, b) => a.date.localeCompare(b.date));
  write(w, HOLIDAYS_KEY, holidays, { action: 'policy.holidays', entityId: null, before: readPolicyConfig(w.db).extraHolidays, after: holidays });
  return holidays;
}
