// The letterhead's logo as the contract takes it: a PNG or JPEG as a data URL, at most 512 KB.
// Checked here before the file is read, so a wrong file is refused beside the field at once.
export const LOGO_MAX_BYTES = 512 * 1024;
const TYPES = ['image/png', 'image/jpeg'] as const;

/** Why this file cannot be the logo, or null when it can. */
export function logoProblem(file: { readonly type: string; readonly size: number }): string | null {
  if (!TYPES.some((t) => t === file.type)) return 'Choose a PNG or JPEG image';
  if (file.size > LOGO_MAX_BYTES) return `The image is ${Math.ceil(file.size / 1024)} KB: choose one of at most 512 KB`;
  return null;
}

export function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('The image could not be read.')));
    reader.onerror = () => reject(reader.error ?? new Error('The image could not be read.'));
    reader.readAsDataURL(file);
  });
}
