import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { Conflict, NotFound, TooManyRequests } from '../../../functions/commons/errors';
import { fieldErrors } from '../../../functions/commons/field-errors';
import { onError } from '../../../functions/http/problem';
import { ProfilePatchSchema } from '../../../functions/profile/schemas';

/** The zod error a schema gives for an input (fails the test when the input is valid). */
function errorOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be invalid`);
  return result.error;
}

/** A tiny app whose one route throws what it is given, answered by the real onError. */
function appThrowing(error: unknown) {
  const app = new Hono();
  app.get('/boom', () => {
    throw error;
  });
  app.onError(onError);
  return app;
}

describe('Function: fieldErrors', () => {
  it('should name a top-level field of the wrong type', () => {
    // Prepare
    const error = errorOf(ProfilePatchSchema, { name: 42 });

    // Act
    const errors = fieldErrors(error);

    // Assess
    expect(errors).toHaveLength(1);
    expect(errors[0]?.field).toBe('name');
    expect(errors[0]?.message).not.toBe('');
  });

  it('should name a nested field by its dotted path', () => {
    // Prepare
    const error = errorOf(ProfilePatchSchema, {
      preferences: { newsletter: 'yes' },
      specialDates: [{ kind: 'wedding', date: '01-01' }],
    });

    // Act
    const fields = fieldErrors(error).map((e) => e.field);

    // Assess
    expect(fields).toEqual(expect.arrayContaining(['preferences.newsletter', 'specialDates.0.kind']));
  });

  it('should name every unknown key, at the top level and nested', () => {
    // Prepare
    const error = errorOf(ProfilePatchSchema, { isAdmin: true, role: 'x', preferences: { spam: true } });

    // Act
    const errors = fieldErrors(error);
    const fields = errors.flatMap((e) => e.field.split(','));

    // Assess
    expect(fields).toEqual(expect.arrayContaining(['isAdmin', 'role', 'preferences.spam']));
    expect(errors.find((e) => e.field.includes('isAdmin'))?.message).toMatch(/isAdmin/);
  });

  it('should call a problem with the whole body `(body)`', () => {
    // Prepare
    const empty = errorOf(ProfilePatchSchema, {});
    const notAnObject = errorOf(ProfilePatchSchema, 12345);

    // Act
    const fromEmpty = fieldErrors(empty);
    const fromNumber = fieldErrors(notAnObject);

    // Assess
    expect(fromEmpty.map((e) => e.field)).toEqual(['(body)']);
    expect(fromEmpty[0]?.message).toMatch(/at least one field/i);
    expect(fromNumber.map((e) => e.field)).toEqual(['(body)']);
  });
});

describe('Function: onError', () => {
  it('should answer a named domain error with its status as problem+json', async () => {
    // Prepare
    const app = appThrowing(new NotFound('Order'));

    // Act
    const res = await app.request('/boom');
    const body = await res.json();

    // Assess
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(body).toMatchObject({ status: 404, title: 'Not Found', detail: 'Order not found', instance: '/boom' });
    expect(body.type).toMatch(/\/not-found$/);
  });

  it('should carry the extras of a domain error into the body', async () => {
    // Prepare
    const app = appThrowing(new Conflict('Stale version', { current: 3 }));

    // Act
    const res = await app.request('/boom');

    // Assess
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ status: 409, detail: 'Stale version', current: 3 });
  });

  it('should set Retry-After on 429', async () => {
    // Prepare
    const app = appThrowing(new TooManyRequests(42));

    // Act
    const res = await app.request('/boom');

    // Assess
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('42');
    expect(await res.json()).toMatchObject({ status: 429, retryAfter: 42 });
  });

  it('should answer a zod error with 400 naming the fields', async () => {
    // Prepare
    const app = appThrowing(errorOf(ProfilePatchSchema, { locale: 'fr' }));

    // Act
    const res = await app.request('/boom');
    const body = await res.json();

    // Assess
    expect(res.status).toBe(400);
    expect(body.errors.map((e: { field: string }) => e.field)).toEqual(['locale']);
  });

  it('should say so when the body is not valid JSON', async () => {
    // Prepare
    const app = appThrowing(new HTTPException(400, { message: 'Malformed JSON in request body' }));

    // Act
    const res = await app.request('/boom');

    // Assess
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ status: 400, detail: 'The request body is not valid JSON' });
  });

  it('should hide an unexpected error behind an opaque 500', async () => {
    // Prepare
    const app = appThrowing(new Error('connect ECONNREFUSED 10.0.0.7:8000 secret-table'));

    // Act
    const res = await app.request('/boom');
    const text = await res.text();

    // Assess
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.parse(text)).toMatchObject({ status: 500, title: 'Internal Server Error' });
    expect(text).not.toContain('ECONNREFUSED');
    expect(text).not.toContain('secret-table');
    expect(text).not.toMatch(/at .*\.(ts|js):\d+/);
  });
});
