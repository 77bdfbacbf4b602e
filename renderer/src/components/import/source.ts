// Where the file to import comes from: a path the desktop app's native dialog
// gave, or a File the user chose or dropped (its bytes go to the backend as
// base64 — browser mode has no paths, and Electron no longer exposes File.path).
import type { ImportSource } from '../../../../electron/api/import-types';

export interface ChosenFile {
  name: string;
  source: ImportSource;
}

/** Base64 of bytes, in chunks so a large file never overflows the argument list of fromCharCode. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

function readBytes(file: File): Promise<Uint8Array> {
  // Blob.arrayBuffer where it exists; FileReader otherwise (older jsdom).
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error(`${file.name} could not be read.`));
    reader.readAsArrayBuffer(file);
  });
}

export async function fromFile(file: File): Promise<ChosenFile> {
  const bytes = await readBytes(file);
  return { name: file.name, source: { fileName: file.name, dataBase64: bytesToBase64(bytes) } };
}

export function fromPath(path: string): ChosenFile {
  return { name: path.split(/[\\/]/).pop() || path, source: { path } };
}
