import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthPortal, type Synthesised } from './helpers/synth.js';

type Statement = { Action: string | string[]; Resource: unknown };

let s: Synthesised;
beforeAll(() => {
  s = synthPortal();
}, 120_000);
afterAll(() => rmSync(s.outdir, { recursive: true, force: true }));

const resources = (type: string) => Object.entries(s.json.Resources).filter(([, r]) => r.Type === type);
const photoBucket = () => {
  const found = resources('AWS::S3::Bucket').find(([id]) => id.startsWith('UploadsPhotoBucket'));
  if (!found) throw new Error('no photo bucket');
  return found;
};
const s3Statements = (service: string): Statement[] => {
  const entry = resources('AWS::IAM::Policy').find(([id]) => id.startsWith(`${service}FunctionRole`));
  if (!entry) return [];
  const statements = (entry[1].Properties as { PolicyDocument: { Statement: Statement[] } }).PolicyDocument.Statement;
  return statements.filter((st) => [st.Action].flat().some((a) => a.startsWith('s3:')));
};

describe('Infra: the problem-photo bucket', () => {
  it('should be private, TLS only, encrypted, logged and emptied by a lifecycle rule', () => {
    // Act
    const [id, bucket] = photoBucket();
    const props = bucket.Properties as Record<string, any>;

    // Assess
    expect(props.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(props.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe(
      'AES256',
    );
    expect(props.LoggingConfiguration.LogFilePrefix).toBe('s3-photos/');
    const rules = props.LifecycleConfiguration.Rules as { Prefix?: string; ExpirationInDays?: number }[];
    expect(rules.find((r) => r.Prefix === 'problem-photos/')?.ExpirationInDays).toBeGreaterThan(0);
    expect(props.CorsConfiguration.CorsRules[0].AllowedMethods).toEqual(['POST']);
    const policy = resources('AWS::S3::BucketPolicy').find(([, r]) => JSON.stringify(r).includes(id));
    expect(JSON.stringify(policy)).toContain('aws:SecureTransport');
  });

  it('should let the customer function upload, check and erase photos, the admin function read them, and no one else', () => {
    // Act
    const customer = s3Statements('Customer');
    const admin = s3Statements('Admin');

    // Assess
    expect(customer.flatMap((st) => [st.Action].flat()).sort()).toEqual([
      's3:DeleteObject',
      's3:GetObject',
      's3:PutObject',
    ]);
    expect(admin.flatMap((st) => [st.Action].flat())).toEqual(['s3:GetObject']);
    for (const st of [...customer, ...admin]) expect(JSON.stringify(st.Resource)).toContain('/problem-photos/*');
    for (const other of ['Faq', 'Chat', 'Integration', 'Docs']) expect(s3Statements(other)).toEqual([]);
  });

  it('should name the bucket in the site CSP for the upload and the photos, and tell the functions', () => {
    // Act
    const policy = JSON.stringify(resources('AWS::CloudFront::ResponseHeadersPolicy'));
    const env = JSON.stringify(resources('AWS::Lambda::Function'));

    // Assess
    expect(policy).toMatch(/connect-src 'self' [^;]*-photos-/);
    expect(policy).toMatch(/img-src 'self' data: [^;]*-photos-/);
    expect(env).toContain('PHOTO_BUCKET');
  });
});
