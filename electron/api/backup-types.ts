// DTOs of the backups API. Types only.
export type { BackupEntry, BackupReason } from '../../db/backup';

export interface RestoreResult {
  /** The backup now in place. */
  restored: string;
  /** The backup holding the state just before the restore (so it can be undone). */
  safetyBackup: string | null;
}
