// The organisation and director the component tests set up (the same as the core's tests).
export const DIRECTOR = { fullName: 'Margaret Okafor', login: 'mokafor', passphrase: 'lantern orchard pebble 42' };
export const ORGANISATION = { name: 'Westcountry Learning Partnership', address: '12 Quay Street\nTruro\nTR1 2HE' };
