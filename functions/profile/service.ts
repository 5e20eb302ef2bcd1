import type { Principal } from '../auth/verify';
import type { Stores } from '../store';
import { newProfile, presentProfile, type ProfilePatch } from './domain/profile';

/** What the profile flows need from the app. */
export interface ProfileDeps {
  stores: Stores;
  now: () => Date;
}

/** Loads (or first creates) the caller's profile and reads their orders, in parallel. */
async function load({ stores, now }: ProfileDeps, { sub, email }: Principal) {
  const [stored, orders] = await Promise.all([stores.customers.get(sub), stores.orders.allOfCustomer(sub)]);
  const record = stored ?? (await stores.customers.ensure(newProfile(sub, email ?? `${sub}@unknown`, now())));
  return { record, orders };
}

/** The caller's profile with tier, stage and greeting derived from their orders. */
export async function currentProfile(deps: ProfileDeps, principal: Principal) {
  const { record, orders } = await load(deps, principal);
  return presentProfile(record, orders, deps.now());
}

/** Applies the caller's changes and answers with the new profile. */
export async function updateProfile(deps: ProfileDeps, principal: Principal, patch: ProfilePatch) {
  const { orders } = await load(deps, principal);
  const updated = await deps.stores.customers.update(principal.sub, patch, deps.now());
  return presentProfile(updated, orders, deps.now());
}
