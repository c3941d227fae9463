// Names for the generated organisation: plausible, clearly invented, drawn from the seeded
// generator. Staff names are unique (the contact import matches staff by full name); client
// names may repeat across cases, as they do in real services.
import type { Prng } from './prng';

const FIRST = [
  'Amelia', 'Ben', 'Chloe', 'Daniel', 'Ella', 'Finn', 'Grace', 'Harry', 'Isla', 'Jack', 'Keira', 'Leo', 'Maya', 'Noah', 'Olivia',
  'Piran', 'Ruby', 'Sam', 'Tegan', 'Umar', 'Violet', 'Will', 'Yasmin', 'Zac', 'Aisha', 'Bryony', 'Callum', 'Demelza', 'Ewan',
  'Freya', 'Gethin', 'Hollie', 'Imran', 'Jowan', 'Kezia', 'Lowen', 'Morwenna', 'Nadia', 'Oscar', 'Priya', 'Quinn', 'Rhys',
  'Sofia', 'Tomos', 'Ursula', 'Vikram', 'Wenna', 'Xander', 'Yusuf', 'Zoe', 'Arthur', 'Bethany', 'Conor', 'Delyth', 'Elowen',
  'Fraser', 'Gwen', 'Hamza', 'Ivy', 'Jago',
];

const LAST = [
  'Trelawny', 'Penrose', 'Nancarrow', 'Pascoe', 'Rowe', 'Vosper', 'Hocking', 'Jago', 'Kessell', 'Bolitho', 'Chenoweth', 'Eddy',
  'Tremayne', 'Pearce', 'Angove', 'Bennetts', 'Carne', 'Dunstan', 'Eustice', 'Hosking', 'Jewell', 'Keast', 'Lanyon', 'Menhinick',
  'Nicholls', 'Oates', 'Polglase', 'Quick', 'Retallack', 'Spargo', 'Teague', 'Uren', 'Vivian', 'Williams', 'Yelland', 'Ahmed',
  'Begum', 'Clarke', 'Davies', 'Evans', 'Fraser', 'Gill', 'Hughes', 'Iqbal', 'Jones', 'Khan', 'Lewis', 'Morgan', 'Nowak',
  'Okafor', 'Patel', 'Quinn', 'Reid', 'Singh', 'Taylor', 'Usman', 'Walker', 'Xu', 'Young', 'Zielinski',
];

export function personName(rng: Prng): string {
  return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}

/** A generator of names never handed out before (for staff). */
export function uniqueNames(rng: Prng): () => string {
  const used = new Set<string>();
  return () => {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const name = personName(rng);
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
    // FIRST x LAST gives 3,600 names; beyond that a middle initial keeps them apart.
    const name = `${rng.pick(FIRST)} ${String.fromCharCode(65 + used.size % 26)}. ${rng.pick(LAST)} ${used.size}`;
    used.add(name);
    return name;
  };
}

export function phoneNumber(rng: Prng): string {
  return `07700 ${String(rng.int(900000, 900999))}`;
}

const STREETS = ['Quay Street', 'Lemon Street', 'Boscawen Street', 'Fore Street', 'Chapel Hill', 'Station Road', 'Church Lane', 'Mill Road'];
const TOWNS = ['Truro\nTR1 2HE', 'Falmouth\nTR11 3AB', 'Redruth\nTR15 1AA', 'Penzance\nTR18 4AF', 'Bodmin\nPL31 2DQ', 'St Austell\nPL25 5AH'];

export function postalAddress(rng: Prng): string {
  return `${rng.int(1, 120)} ${rng.pick(STREETS)}\n${rng.pick(TOWNS)}`;
}
