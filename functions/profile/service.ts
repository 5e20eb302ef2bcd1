import type { Principal } from '../auth/verify';
import { Forbidden } from '../commons/errors';
import type { Stores } from '../store';
import { newProfile, presentProfile, type ProfilePatch } from './domain/profile';

/** What the profile flows need from the app. */
export interface ProfileDeps {
  stores: Stores;
  now: () => Date;
}

/** The verified email a customer's profile and orders are keyed by. */
function ownerOf({ email }: Principal) {
  const owner = email?.trim().toLowerCase();
  if (!owner) throw new Forbidden('The token carries no verified email');
  return owner;
}

/**
 * Loads (or first creates) the caller's profile and reads their orders, in parallel. Both are
 * found by the verified email, so a profile and orders a shop fed in before the account existed
 * are theirs on the first sign-in.
 */
async function load({ stores, now }: ProfileDeps, principal: Principal) {
  const owner = ownerOf(principal);
  const [stored, orders] = await Promise.all([stores.customers.get(owner), stores.orders.allOfCustomer(owner)]);
  const record = stored ?? (await stores.customers.ensure(newProfile(principal.sub, owner, now())));
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
  const updated = await deps.stores.customers.update(ownerOf(principal), patch, deps.now());
  return presentProfile(updated, orders, deps.now());
}
