// Writing files atomically (a temporary file in the same folder, then a rename over the target, so
// a reader never sees a half-written file), and file-system errors in plain words.
// fs.promises, not node:fs/promises: it loads on first use, not at start-up.
import { mkdirSync, promises as fsPromises, renameSync, unlinkSync, writeFileSync } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { UserError } from "../types.js";

export interface AtomicWriteOptions {
  /** Create missing parent folders first. */
  mkdir?: boolean;
  /** File mode of a new file (default 0o666 less the umask). */
  mode?: number;
  /** How the error message names what was being written ("the report"). */
  what?: string;
}

function tempName(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
}

/** Writes `data` to `file` atomically; a failure is a UserError in plain words, nothing left behind. */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const tmp = tempName(file);
  if (options.mkdir) await fsPromises.mkdir(dirname(file), { recursive: true }).catch((err) => Promise.reject(writeError(folderError(err), file, options.what)));
  try {
    await fsPromises.writeFile(tmp, data, { flag: "wx", ...(options.mode !== undefined ? { mode: options.mode } : {}) });
    await fsPromises.rename(tmp, file);
  } catch (err) {
    await fsPromises.unlink(tmp).catch(() => undefined);
    throw writeError(err, file, options.what);
  }
}

/**
 * A file written piece by piece and in place only when complete: a temporary file in the same
 * folder, renamed over `file` by `commit`; `abort` removes it. For reports too large to hold.
 */
export interface AtomicWriter {
  write(text: string): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

const WRITE_CHUNK = 1 << 16;

export async function openAtomic(file: string, options: AtomicWriteOptions = {}): Promise<AtomicWriter> {
  const tmp = tempName(file);
  if (options.mkdir) await fsPromises.mkdir(dirname(file), { recursive: true }).catch((err) => Promise.reject(writeError(folderError(err), file, options.what)));
  let handle: FileHandle;
  try {
    handle = await fsPromises.open(tmp, "wx", options.mode);
  } catch (err) {
    throw writeError(err, file, options.what);
  }
  const fail = async (err: unknown): Promise<never> => {
    await handle.close().catch(() => undefined);
    await fsPromises.unlink(tmp).catch(() => undefined);
    throw writeError(err, file, options.what);
  };
  // Pieces are gathered and written WRITE_CHUNK characters at a time: one write per claim of a
  // report made the file system's round trips most of the time (a 10 MB draft: 16 s against 7 s
  // to standard output).
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = async () => {
    if (pendingLength === 0) return;
    const text = pending.join("");
    pending = [];
    pendingLength = 0;
    await handle.write(text).catch(fail);
  };
  return {
    write: async (text) => {
      if (text === "") return;
      pending.push(text);
      pendingLength += text.length;
      if (pendingLength >= WRITE_CHUNK) await flush();
    },
    commit: async () => {
      await flush();
      await handle.close().catch(fail);
      await fsPromises.rename(tmp, file).catch(async (err) => {
        await fsPromises.unlink(tmp).catch(() => undefined);
        throw writeError(err, file, options.what);
      });
    },
    abort: async () => {
      await handle.close().catch(() => undefined);
      await fsPromises.unlink(tmp).catch(() => undefined);
    },
  };
}

/** The same, synchronously (the fact-base cache writes from synchronous code). */
export function writeFileAtomicSync(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  const tmp = tempName(file);
  if (options.mkdir) {
    try {
      mkdirSync(dirname(file), { recursive: true });
    } catch (err) {
      throw writeError(folderError(err), file, options.what);
    }
  }
  try {
    writeFileSync(tmp, data, { flag: "wx", ...(options.mode !== undefined ? { mode: options.mode } : {}) });
    renameSync(tmp, file);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // never created
    }
    throw writeError(err, file, options.what);
  }
}

/** mkdir -p says EEXIST when a part of the path is a file. */
function folderError(err: unknown): unknown {
  return (err as NodeJS.ErrnoException)?.code === "EEXIST" ? Object.assign(new Error("not a folder"), { code: "ENOTDIR" }) : err;
}

function writeError(err: unknown, file: string, what = "the file"): UserError {
  return new UserError(`cannot write ${what}: ${errnoWords(err)}`, { file });
}

/** A file-system error in plain words: "no such file or folder", "is a folder", "permission denied" … */
export function errnoWords(err: unknown): string {
  const e = err as NodeJS.ErrnoException | undefined;
  switch (e?.code) {
    case "ENOENT":
      return "no such file or folder";
    case "ENOTDIR":
      return "a part of the path is a file, not a folder";
    case "EISDIR":
      return "is a folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "read-only file system";
    case "ENOSPC":
      return "no space left on the device";
    case "EDQUOT":
      return "disk quota exceeded";
    case "EEXIST":
      return "already exists";
    case "ENAMETOOLONG":
      return "file name too long";
    case "ELOOP":
      return "too many symbolic links";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    case "EIO":
      return "input/output error";
    default:
      return e?.code ? `${e.message ?? e.code}` : String((err as Error)?.message ?? err);
  }
}
