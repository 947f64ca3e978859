import { request } from 'node:http';
import { readFileSync } from 'node:fs';

export interface UploadAnswer {
  status: number;
  body: {
    id?: string;
    name?: string;
    mediaType?: string;
    bytes?: number;
    width?: number | null;
    height?: number | null;
    url?: string;
    thumbnailUrl?: string | null;
    errors?: Array<{ message: string; extensions: { code: string; messageKey?: string } }>;
  };
}

/** POST /files as the web app does: multipart, one file, the upload header. */
export async function upload(
  baseUrl: string,
  headers: Record<string, string>,
  name: string,
  content: Buffer | string,
  extraHeaders: Record<string, string> = { 'x-ln-upload': '1' },
): Promise<UploadAnswer> {
  const form = new FormData();
  form.append('file', new Blob([typeof content === 'string' ? Buffer.from(content) : content]), name);
  const res = await fetch(`${baseUrl}/files`, { method: 'POST', headers: { ...headers, ...extraHeaders }, body: form });
  return { status: res.status, body: (await res.json()) as UploadAnswer['body'] };
}

export async function uploadedId(
  baseUrl: string,
  headers: Record<string, string>,
  name: string,
  content: Buffer | string,
): Promise<string> {
  const answer = await upload(baseUrl, headers, name, content);
  if (answer.status !== 201 || !answer.body.id) throw new Error(`upload ${name}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.id;
}

/** A minimal but real PDF. */
export function pdf(text = 'Tussentijds rapport'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

/**
 * Sends a multipart upload of `size` file bytes as a chunked stream (no Content-Length), so only counting while
 * streaming can stop it; answers the status and body once the server answers (it may answer before all is sent).
 */
export function streamUpload(
  baseUrl: string,
  headers: Record<string, string>,
  size: number,
): Promise<{ status: number; body: string; sent: number }> {
  const boundary = `----ln${Date.now()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="groot.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const chunk = Buffer.alloc(256 * 1024, 0x20);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request(
      `${baseUrl}/files`,
      {
        method: 'POST',
        headers: {
          ...headers,
          'x-ln-upload': '1',
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'transfer-encoding': 'chunked',
        },
      },
      (res) => {
        answered = true;
        let body = '';
        res.on('data', (part: Buffer) => (body += part.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, sent }));
        res.on('error', reject);
      },
    );
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    let remaining = size - 9; // the "%PDF-1.4\n" in the head counts as file bytes
    req.write(head);
    const pump = () => {
      while (remaining > 0 && !answered) {
        const part = remaining >= chunk.length ? chunk : chunk.subarray(0, remaining);
        remaining -= part.length;
        sent += part.length;
        if (!req.write(part)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered) req.end(tail);
    };
    pump();
  });
}

/** A process's resident memory now (VmRSS), in bytes. */
export function residentMemoryOf(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) * 1024;
}

/** Samples a process's resident memory every 10 ms while `work` runs: the highest seen and the value before. */
export async function residentMemoryDuring<T>(pid: number, work: () => Promise<T>): Promise<{ before: number; peak: number; result: T }> {
  const before = residentMemoryOf(pid);
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, residentMemoryOf(pid))), 10);
  try {
    const result = await work();
    return { before, peak: Math.max(peak, residentMemoryOf(pid)), result };
  } finally {
    clearInterval(timer);
  }
}
