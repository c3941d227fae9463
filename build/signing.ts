// Code signing comes from the environment, never from this repository. Everything electron-builder
// already reads by itself (CSC_LINK, CSC_KEY_PASSWORD, WIN_CSC_LINK, WIN_CSC_KEY_PASSWORD,
// APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID, ...) needs no code here; only Azure
// Trusted Signing has to be named in the config, so its four settings are read from variables.
// With none of them set the Windows build is signed with CSC_LINK/WIN_CSC_LINK if given, or not at all.
import type { WindowsConfiguration } from 'electron-builder';

export type AzureSigning = NonNullable<WindowsConfiguration['azureSignOptions']>;
export type Environment = Readonly<Record<string, string | undefined>>;

/** Which variable fills which field of electron-builder's azureSignOptions. */
export const AZURE_SIGNING_VARIABLES = {
  endpoint: 'THRESHOLD_AZURE_SIGNING_ENDPOINT',
  codeSigningAccountName: 'THRESHOLD_AZURE_SIGNING_ACCOUNT',
  certificateProfileName: 'THRESHOLD_AZURE_SIGNING_PROFILE',
  publisherName: 'THRESHOLD_AZURE_SIGNING_PUBLISHER',
} as const satisfies Record<keyof Pick<AzureSigning, 'endpoint' | 'codeSigningAccountName' | 'certificateProfileName' | 'publisherName'>, string>;

/**
 * Azure Trusted Signing options when all four variables are set, null when none is. A partial set
 * is a mistake, and building an unsigned installer because of a typo would go unnoticed: it throws.
 * (Microsoft Entra authentication is read by the TrustedSigning module itself: AZURE_TENANT_ID,
 * AZURE_CLIENT_ID, AZURE_CLIENT_SECRET.)
 */
export function azureSigningFromEnv(env: Environment): AzureSigning | null {
  const read = (variable: string): string => env[variable]?.trim() ?? '';
  const variables = Object.values(AZURE_SIGNING_VARIABLES);
  const missing = variables.filter((variable) => read(variable) === '');
  if (missing.length === variables.length) return null;
  if (missing.length > 0) throw new Error(`Azure Trusted Signing is half configured: set ${missing.join(', ')} as well, or unset the others.`);
  return {
    endpoint: read(AZURE_SIGNING_VARIABLES.endpoint),
    codeSigningAccountName: read(AZURE_SIGNING_VARIABLES.codeSigningAccountName),
    certificateProfileName: read(AZURE_SIGNING_VARIABLES.certificateProfileName),
    publisherName: read(AZURE_SIGNING_VARIABLES.publisherName),
  };
}
