import { adminEn, type AdminStrings } from './en';

// TODO translate
export const adminZh: AdminStrings = { ...adminEn };
