import { z } from "zod";

/** What is being shipped; each type has its own permit rules. */
export const MATERIAL_TYPES = ["imp", "device", "ancillary", "lab-kit", "samples", "equipment"] as const;

export const MaterialTypeSchema = z.enum(MATERIAL_TYPES);
export type MaterialType = z.infer<typeof MaterialTypeSchema>;

export const MATERIAL_LABELS: Record<MaterialType, string> = {
  imp: "investigational medicinal product",
  device: "investigational device",
  ancillary: "ancillary supplies",
  "lab-kit": "lab kits",
  samples: "human biological samples",
  equipment: "equipment",
};
