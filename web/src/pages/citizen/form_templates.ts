// Form templates (mẫu đơn, tờ khai) of a procedure's components: the words a page shows for one
// ("PDF, 24 kB"), which components have one, and the admin's upload with PUT (the file as the
// raw body, its name in ?file_name=).
import { apiUrl, ApiError, errorFromResponse, NETWORK_MESSAGE } from '../../api';
import type { Component, FormTemplate } from '../../types';

const FORMATS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/msword': 'Word (DOC)',
};

/** "PDF", "Word (DOCX)", "ODT", "Word (DOC)"; else the extension of the name in capitals. */
export function templateFormat(mediaType: string, fileName = ''): string {
  const known = FORMATS[mediaType];
  if (known) return known;
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toUpperCase() : 'Tệp';
}

/** "850 byte", "24 kB", "1,5 MB" (1 kB = 1024 bytes, rounded; never "0 kB"). */
export function templateSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

/** "PDF, 24 kB". */
export function templateLabel(t: FormTemplate): string {
  return `${templateFormat(t.media_type, t.file_name)}, ${templateSize(t.size)}`;
}

/** The components that have a template, in the procedure's order. */
export function componentsWithTemplates(components: Component[]): Array<Component & { template: FormTemplate }> {
  return components.filter((c): c is Component & { template: FormTemplate } => !!c.template);
}

/** Where the admin uploads, replaces (PUT) or removes (DELETE) a component's template. */
export function templatePath(code: string, componentId: string): string {
  return `/procedures/${encodeURIComponent(code)}/components/${encodeURIComponent(componentId)}/template`;
}

/** What the editor accepts; the server checks the content whatever the name says. */
export const TEMPLATE_ACCEPT = '.pdf,.docx,.odt,.doc,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text';

async function send(method: string, path: string, body?: Blob, query?: Record<string, string>): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), {
      method,
      headers: { Accept: 'application/json', ...(body ? { 'Content-Type': body.type || 'application/octet-stream' } : {}) },
      body,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', NETWORK_MESSAGE);
  }
  if (!response.ok) throw errorFromResponse(response.status, await response.text().catch(() => ''));
  return response;
}

/** Uploads `file` as the component's template; resolves to the stored template. */
export async function putTemplate(code: string, componentId: string, file: File): Promise<FormTemplate> {
  const response = await send('PUT', templatePath(code, componentId), file, { file_name: file.name });
  return (await response.json()) as FormTemplate;
}

/** Removes the component's template. */
export async function deleteTemplate(code: string, componentId: string): Promise<void> {
  await send('DELETE', templatePath(code, componentId));
}
