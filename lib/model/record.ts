import type { CapturedItem } from '@/lib/model/captured-item';

/** A saved email, page or passage: what the parent captured, exactly as it was, plus our keys. */
export interface SavedRecord extends CapturedItem {
  /** Random UUID; stable across backup and restore. */
  id: string;
  /** When the parent saved it (ISO 8601, UTC). */
  capturedAt: string;
  /** SHA-256 (hex) of the normalised text: the duplicate key when the webmail gives no message id. */
  textHash: string;
  /** The child this record is about; null until assigned (children come with the plan feature). */
  childId: string | null;
  /**
   * A letter that came attached to an imported email: that email's record id. Absent on everything
   * else (clipped items, and records saved before imports existed).
   */
  attachedTo?: string;
}
