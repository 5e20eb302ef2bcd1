import { createRoute } from '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from '../http/lazy-schema';
import type { Context } from 'hono';
import { ownerEmailOf, principalOf, requireCustomer } from '../auth/guard';
import type { AppEnv } from '../env';
import { requestLocale, router } from '../http/router';
import { authErrors, commonErrors, jsonContent, problemResponse } from '../http/schemas';
import { changeOwnAddress } from './address-service';
import { labelPath, toDetail } from './domain/timeline';
import { ownInvoice, setInvoiceDetails } from './invoice-service';
import { requestPhotoUpload } from './photos-service';
import { reportProblem } from './problems-service';
import { requestReturn, returnLabel } from './returns-service';
import {
  AddressPatchSchema,
  InvoiceDetailsSchema,
  LocaleQuerySchema,
  OrderDetailSchema,
  OrderParamsSchema,
  PhotoUploadRequestSchema,
  PhotoUploadSchema,
  ProblemReportSchema,
  ProblemResultSchema,
  ReturnLabelSchema,
  ReturnParamsSchema,
  ReturnRequestSchema,
  ReturnResultSchema,
} from './schemas';
import { detailRules } from './service';

const security = [{ bearerAuth: [] }];
const tags = ['self-service'];
const base = { tags, security };
const errors = {
  ...commonErrors,
  ...authErrors,
  404: problemResponse('No such order for this customer'),
};
const refused = (why: string) => ({ 409: problemResponse(`${why}; \`detail\` says why, in the customer's language`) });
const body = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

const startReturn = createRoute({
  ...base,
  middleware: [requireCustomer] as const,
  method: 'post',
  path: '/orders/{orderNumber}/returns',
  summary: 'Return items of a delivered order inside the return window; the same request again changes nothing',
  request: { params: OrderParamsSchema, query: LocaleQuerySchema, ...body(ReturnRequestSchema) },
  responses: {
    201: jsonContent(ReturnResultSchema, 'The return authorisation with its label page'),
    200: jsonContent(ReturnResultSchema, 'The same return, asked for before'),
    ...errors,
    ...refused('Not delivered, outside the window, not returnable or already returned'),
  },
});

const getLabel = createRoute({
  ...base,
  middleware: [requireCustomer] as const,
  method: 'get',
  path: '/orders/{orderNumber}/returns/{rmaId}',
  summary: "A return with its label: addresses and the RMA's QR code",
  request: { params: ReturnParamsSchema, query: LocaleQuerySchema },
  responses: { 200: jsonContent(ReturnLabelSchema, 'The return label'), ...errors },
});

const getInvoice = createRoute({
  ...base,
  middleware: [requireCustomer] as const,
  method: 'get',
  path: '/orders/{orderNumber}/invoice',
  summary: "The invoice as a PDF, in the customer's language (the first download issues it)",
  request: { params: OrderParamsSchema, query: LocaleQuerySchema },
  responses: {
    200: {
      description: 'The invoice',
      content: { 'application/pdf': { schema: lazySchema(() => z.string().openapi({ format: 'binary' })) } },
    },
    ...errors,
    ...refused('Not paid yet, or cancelled'),
  },
});

const putInvoiceDetails = createRoute({
  ...base,
  middleware: [requireCustomer] as const,
  method: 'put',
  path: '/orders/{orderNumber}/invoice/details',
  summary: 'Company name and VAT id for the invoice, before its first download',
  request: { params: OrderParamsSchema, query: LocaleQuerySchema, ...body(InvoiceDetailsSchema) },
  responses: {
    200: jsonContent(InvoiceDetailsSchema, 'What the invoice will say'),
    ...errors,
    ...refused('The invoice is already issued, or there is none'),
  },
});

const patchAddress = createRoute({
  ...base,
  middleware: [requireCustomer] as const,
  method: 'patch',
  path: '/orders/{orderNumber}/address',
  summary: 'Change the delivery address while the order is not packed',
  request: { params: OrderParamsSchema, query: LocaleQuerySchema, ...body(AddressPatchSchema) },
  responses: {
    200: jsonContent(OrderDetailSchema, 'The order with its new address'),
    ...errors,
    ...refused('Already packed, shipped or closed'),
  },
});

const postProblem = createRoute({
  ...base,
  middleware: [requireCustomer] as const,
  method: 'post',
  path: '/orders/{orderNumber}/problems',
  summary: 'Report a problem with an item: opens a ticket with the order attached',
  request: { params: OrderParamsSchema, query: LocaleQuerySchema, ...body(ProblemReportSchema) },
  responses: {
    201: jsonContent(ProblemResultSchema, 'The ticket opened'),
    200: jsonContent(ProblemResultSchema, 'The same report, sent before'),
    ...errors,
  },
});

const postPhoto = createRoute({
  ...base,
  middleware: [requireCustomer] as const,
  method: 'post',
  path: '/orders/{orderNumber}/problems/photos',
  summary:
    'An upload slot for a photo of a problem (JPEG, PNG or WebP, up to 5 MB): the form posts it straight to storage (a presigned POST on AWS)',
  request: { params: OrderParamsSchema, query: LocaleQuerySchema, ...body(PhotoUploadRequestSchema) },
  responses: {
    201: jsonContent(PhotoUploadSchema, 'The photo id and the upload form'),
    ...errors,
    ...refused('Too many photos for this order'),
  },
});

const localeOf = (c: Context<AppEnv>, query?: string) => requestLocale(query, c.req.header('accept-language'));

/** Returns, return labels, invoices, address changes and problem reports of the customer's own orders. */
export const selfServiceRoutes = () =>
  router()
    .openapi(startReturn, async (c) => {
      const locale = localeOf(c, c.req.valid('query').locale);
      const { orderNumber } = c.req.valid('param');
      const { ret, changed } = await requestReturn(
        c.var.deps,
        ownerEmailOf(c),
        orderNumber,
        c.req.valid('json'),
        locale,
      );
      const result = {
        rmaId: ret.rmaId,
        status: ret.status,
        labelUrl: labelPath(locale, orderNumber, ret.rmaId),
        changed,
      };
      return changed ? c.json(result, 201) : c.json(result, 200);
    })
    .openapi(getLabel, async (c) => {
      const { orderNumber, rmaId } = c.req.valid('param');
      const locale = localeOf(c, c.req.valid('query').locale);
      return c.json(await returnLabel(c.var.deps, ownerEmailOf(c), orderNumber, rmaId, locale), 200);
    })
    .openapi(getInvoice, async (c) => {
      const { pdf, filename } = await ownInvoice(
        c.var.deps,
        ownerEmailOf(c),
        c.req.valid('param').orderNumber,
        c.req.valid('query').locale,
      );
      return c.body(new Uint8Array(pdf), 200, {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${filename}"`,
        'cache-control': 'private, no-store',
      });
    })
    .openapi(putInvoiceDetails, async (c) => {
      const { orderNumber } = c.req.valid('param');
      const facts = await setInvoiceDetails(
        c.var.deps,
        ownerEmailOf(c),
        orderNumber,
        c.req.valid('json'),
        c.req.valid('query').locale,
      );
      return c.json({ companyName: facts.companyName, vatId: facts.vatId }, 200);
    })
    .openapi(patchAddress, async (c) => {
      const locale = localeOf(c, c.req.valid('query').locale);
      const { orderNumber } = c.req.valid('param');
      const { shippingAddress } = c.req.valid('json');
      const order = await changeOwnAddress(c.var.deps, ownerEmailOf(c), orderNumber, shippingAddress, locale);
      return c.json(toDetail(order, locale, detailRules(c.var.deps)), 200);
    })
    .openapi(postPhoto, async (c) => {
      const locale = localeOf(c, c.req.valid('query').locale);
      const { orderNumber } = c.req.valid('param');
      return c.json(
        await requestPhotoUpload(c.var.deps, ownerEmailOf(c), orderNumber, c.req.valid('json'), locale),
        201,
      );
    })
    .openapi(postProblem, async (c) => {
      const locale = localeOf(c, c.req.valid('query').locale);
      const { orderNumber } = c.req.valid('param');
      const result = await reportProblem(
        c.var.deps,
        principalOf(c),
        ownerEmailOf(c),
        orderNumber,
        c.req.valid('json'),
        locale,
      );
      return result.changed ? c.json(result, 201) : c.json(result, 200);
    });
