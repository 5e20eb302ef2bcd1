import { adminEn, type AdminStrings } from './en';

// TODO translate
export const adminVi: AdminStrings = { ...adminEn };
