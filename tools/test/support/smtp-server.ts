import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/*
 * A real SMTP server (the smtp-server package) on 127.0.0.1 for mail tests: it accepts (or
 * refuses) what it is sent and keeps each message decoded enough to assert on.
 */
export interface ReceivedMail {
  envelopeTo: string[];
  /** The `Message-ID` header as sent, `<…@…>`. */
  messageId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface FakeSmtpServer {
  url: string;
  received: ReceivedMail[];
  close(): Promise<void>;
}

/**
 * A real SMTP server on a free local port that keeps what it accepts, or refuses every recipient.
 * `acceptDelayMs` makes it slow: each message is acknowledged that long after its data arrived.
 */
export async function startFakeSmtpServer(
  options: { rejectRecipients?: boolean; acceptDelayMs?: number } = {},
): Promise<FakeSmtpServer> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (!options.rejectRecipients) return callback();
      callback(Object.assign(new Error('Modtageren findes ikke'), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const envelopeTo = session.envelope.rcptTo.map((recipient) => recipient.address);
        const accept = () => {
          received.push({ envelopeTo, ...parseMessage(Buffer.concat(chunks).toString('latin1')) });
          callback();
        };
        if (options.acceptDelayMs) setTimeout(accept, options.acceptDelayMs);
        else accept();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Just enough MIME for these assertions (mailparser is not a dependency): the headers, and the
 * text and HTML parts of a multipart/alternative message. `raw` is the message's bytes as latin1.
 */
function parseMessage(raw: string): Omit<ReceivedMail, 'envelopeTo'> {
  const { headers, body } = splitHeaders(raw);
  const boundary = /boundary="?([^";]+)"?/i.exec(headers('Content-Type'))?.[1];
  if (!boundary) throw new Error(`Not a multipart message:\n${raw}`);
  const parts = body
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => splitHeaders(part.replace(/^\r\n/, '')));
  const partOfType = (type: string) => {
    const part = parts.find((candidate) => candidate.headers('Content-Type').startsWith(type));
    if (!part) throw new Error(`No ${type} part in:\n${raw}`);
    return decodeBody(part.body.replace(/\r\n$/, ''), part.headers('Content-Transfer-Encoding'));
  };
  return {
    messageId: headers('Message-ID'),
    from: decodeHeader(headers('From')),
    to: decodeHeader(headers('To')),
    subject: decodeHeader(headers('Subject')),
    text: partOfType('text/plain'),
    html: partOfType('text/html'),
  };
}

function splitHeaders(raw: string) {
  const end = raw.indexOf('\r\n\r\n');
  const unfolded = raw.slice(0, end).replace(/\r\n[ \t]+/g, ' ');
  const headers = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(unfolded)?.[1] ?? '';
  return { headers, body: raw.slice(end + 4) };
}

/** From latin1 "bytes" to text: quoted-printable, base64 or as is. */
function decodeBody(body: string, encoding: string): string {
  const bytes = /quoted-printable/i.test(encoding)
    ? unquotePrintable(body.replace(/=\r\n/g, ''))
    : /base64/i.test(encoding)
      ? Buffer.from(body, 'base64').toString('latin1')
      : body;
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=`), joined first so a character split across two survives. */
function decodeHeader(value: string): string {
  const bytes = value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_match, encoding: string, data: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('latin1')
        : unquotePrintable(data.replace(/_/g, ' ')),
    );
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function unquotePrintable(value: string): string {
  return value.replace(/=([0-9a-f]{2})/gi, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
