import { z } from 'astro/zod';
import { CalendarDateSchema } from './calendar-date.ts';
import { REGISTRY_QR_KINDS } from './registry-kinds.ts';

/**
 * One line of content/qr-registry.yaml: a short code that has been printed on paper. Lines are
 * only ever added. When a module goes away, its line says where the printed code now leads.
 */
export const RegistryEntrySchema = z
  .object({
    /**
     * A module code (`DX-001`), a member group id (`activist`) for a study path, or a registry
     * entry's `<qrKind>-<id>` (`venue-jinggangshan`, see `registryCode`).
     */
    code: z.string().regex(/^([A-Z]{2,4}-\d{3}|[a-z][a-z0-9-]*)$/),
    /** What the code opens; modules unless said otherwise. Registry kinds: `REGISTRY_KINDS[kind].qrKind`. */
    kind: z.enum(['module', 'path', ...REGISTRY_QR_KINDS]).default('module'),
    /** When the code was first printed, YYYY-MM-DD. */
    issued: CalendarDateSchema,
    /** For a retired module or path: the code whose page the printed QR code now opens. */
    supersededBy: z.string().optional(),
    /** For a retired module or path without a successor: what members read after scanning. */
    retired: z.string().trim().min(1).optional(),
  })
  .strict();

export type RegistryEntry = z.infer<typeof RegistryEntrySchema>;
