import { adminEn, type AdminStrings } from './en';

// TODO translate
export const adminDe: AdminStrings = { ...adminEn };
