import { z } from 'zod';
import { loginBody } from '../auth/login';
import { INDEX_NAME_RE } from '../ingest/sources/custom-index';
import { uploadForm, uploadId } from '../ingest/upload-api';
import { catalogueId, jobPosition, reassignBody } from './catalogue-handlers';
import { type ApiRoute, located, privateResponses } from './registry';

const CATALOGUE_ID = { id: catalogueId };
const UPLOAD_ID = { id: uploadId };
const ID_TEXT = { id: 'Catalogue id (24 hex characters)' };
const UPLOAD_TEXT = { id: 'Upload id (24 hex characters)' };
const CSV = { description: 'CSV', csv: true } as const;

/** HR job catalogues: private, every call needs a signed-in session or a bearer token. */
export const CATALOGUE_ROUTES: readonly ApiRoute[] = [
  {
    method: 'get',
    path: '/api/catalogues',
    access: 'signed-in',
    summary:
      'HR job catalogues (private: a signed-in session or bearer token is required; 401 otherwise), newest first, with job count and headcount',
    responses: privateResponses('signed-in', { 200: { description: '{ catalogues }', json: { type: 'object' } } }),
  },
  {
    method: 'post',
    path: '/api/catalogues',
    access: 'signed-in',
    body: { types: ['multipart/form-data'], file: true },
    summary:
      'Upload a job catalogue (multipart field file: CSV in UTF-8/UTF-16/Windows-1252 with any delimiter, or XLSX; ≤ 50,000 rows, ≤ 20 MB). Answers the staged catalogue with its validation report (rows read, rejected with line/column/reason, column mapping); nothing is stored from a refused file.',
    responses: privateResponses('signed-in', {
      201: { description: '{ catalogue }' },
      400: located('Not a multipart body or no file'),
      413: located('Over 20 MB'),
      422: located('{ errors: [{ file, line, column, reason }] }'),
    }),
  },
  {
    method: 'get',
    path: '/api/catalogues/{id}',
    access: 'signed-in',
    params: CATALOGUE_ID,
    describe: ID_TEXT,
    summary: 'A catalogue report: headline beside the US workforce, departments, jobs, review queue',
    responses: privateResponses('signed-in', {
      200: {
        description: '{ catalogue, modelVersion, headline, departments, jobs, review }',
        json: { type: 'object' },
      },
      400: located('Not a catalogue id'),
      404: located('No such catalogue'),
    }),
  },
  {
    method: 'delete',
    path: '/api/catalogues/{id}',
    access: 'signed-in',
    params: CATALOGUE_ID,
    describe: ID_TEXT,
    summary: 'Delete a catalogue and all its jobs',
    responses: privateResponses('signed-in', {
      200: { description: '{ deleted: true }' },
      400: located('Not a catalogue id'),
      404: located('No such catalogue'),
    }),
  },
  {
    method: 'post',
    path: '/api/catalogues/{id}/confirm',
    access: 'signed-in',
    params: CATALOGUE_ID,
    describe: ID_TEXT,
    summary: 'Confirm a staged catalogue',
    responses: privateResponses('signed-in', {
      200: { description: '{ confirmed: true }' },
      400: located('Not a catalogue id'),
      409: located('Not staged'),
    }),
  },
  {
    method: 'patch',
    path: '/api/catalogues/{id}/jobs/{position}',
    access: 'signed-in',
    params: { ...CATALOGUE_ID, position: jobPosition },
    describe: { ...ID_TEXT, position: "The job's position in the catalogue, from 0" },
    body: { schema: reassignBody, types: ['application/json'] },
    summary: 'Reassign a job: body { code: "15-1252.00" | null } (a current O*NET-SOC code; null undoes)',
    responses: privateResponses('signed-in', {
      200: { description: '{ position, code }' },
      400: located('Invalid body or id'),
      404: located('No such job'),
      413: located('Body over 4 KB'),
      422: located('Unknown code'),
    }),
  },
  {
    method: 'get',
    path: '/api/catalogues/{id}/export',
    access: 'signed-in',
    params: CATALOGUE_ID,
    describe: ID_TEXT,
    summary: 'The whole report as CSV, one row per job, formula-safe',
    responses: privateResponses('signed-in', {
      200: CSV,
      400: located('Not a catalogue id'),
      404: located('No such catalogue'),
    }),
  },
];

/** Data uploads and custom indices (admin only), and signing in. */
export const ADMIN_ROUTES: readonly ApiRoute[] = [
  {
    method: 'get',
    path: '/api/admin/uploads',
    access: 'admin',
    summary: 'The 20 most recent uploads with their validation reports',
    responses: privateResponses('admin', { 200: { description: '{ uploads }', json: { type: 'object' } } }),
  },
  {
    method: 'post',
    path: '/api/admin/uploads',
    access: 'admin',
    body: { schema: uploadForm, types: ['multipart/form-data'], file: true },
    summary:
      'Stage and validate an uploaded CSV (multipart: kind, target or indexName, file); nothing is imported until confirmed',
    responses: privateResponses('admin', {
      201: { description: '{ upload } with its validation report' },
      400: located('Invalid form fields, unknown target or refused rows'),
      413: located('Over the upload limit'),
      422: located('Validation timed out'),
    }),
  },
  {
    method: 'get',
    path: '/api/admin/uploads/{id}',
    access: 'admin',
    params: UPLOAD_ID,
    describe: UPLOAD_TEXT,
    summary: 'One upload and its validation report',
    responses: privateResponses('admin', {
      200: { description: '{ upload }' },
      400: located('Not an upload id'),
      404: located('No such upload'),
    }),
  },
  {
    method: 'post',
    path: '/api/admin/uploads/{id}/confirm',
    access: 'admin',
    params: UPLOAD_ID,
    describe: UPLOAD_TEXT,
    summary: 'Import a staged upload through the ingest pipeline',
    responses: privateResponses('admin', {
      200: { description: '{ upload } imported' },
      400: located('Not an upload id'),
      409: located('Not waiting for confirmation'),
      422: { description: '{ upload } whose import failed' },
    }),
  },
  {
    method: 'post',
    path: '/api/admin/uploads/{id}/cancel',
    access: 'admin',
    params: UPLOAD_ID,
    describe: UPLOAD_TEXT,
    summary: 'Cancel a staged upload and delete its file',
    responses: privateResponses('admin', {
      200: { description: '{ cancelled: true }' },
      400: located('Not an upload id'),
      409: located('Not waiting for confirmation'),
    }),
  },
  {
    method: 'delete',
    path: '/api/admin/indices/{name}',
    access: 'admin',
    // the handler tests the segment with this pattern (lib/ingest/upload-api.ts deleteIndex)
    params: { name: z.string().regex(INDEX_NAME_RE) },
    describe: { name: 'Custom index name' },
    summary: 'Delete a custom index (published indices cannot be deleted here)',
    responses: privateResponses('admin', {
      200: { description: '{ deleted }' },
      400: located('Not an index name'),
      404: located('No custom index of that name'),
    }),
  },
  {
    method: 'post',
    path: '/api/auth/login',
    body: { schema: loginBody, types: ['application/json', 'application/x-www-form-urlencoded'] },
    summary:
      'Sign in with the admin password (or the READ_TOKEN); sets a session cookie. JSON answers { role }; a form post is redirected (303) to next. Rate limited per client.',
    responses: {
      200: { description: '{ role }' },
      303: { description: 'Signed in (form post): redirect to next' },
      400: { description: 'Invalid body' },
      401: { description: 'Wrong password' },
      403: { description: 'Cross-site request refused' },
      429: { description: 'Too many failed sign-ins; Retry-After says when to retry' },
      503: { description: 'Sign-in is not configured, or the password check is saturated' },
    },
  },
];
