import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

/**
 * Serves one PGlite instance to many Postgres wire-protocol clients.
 *
 * PGlite is a single backend, so connections must take turns. pglite-socket's own multiplexer switches
 * connection after every message, which lets another client's Parse replace the unnamed statement or
 * portal between someone's Bind and Execute ("portal does not exist") under concurrent load. Here a
 * connection keeps the backend from its first message until its Sync or simple Query has been answered,
 * and for as long as it has a transaction open.
 */
export class PGliteWireServer {
	private server: Server | null = null;
	private owner: Connection | null = null;
	private readonly waiting: (() => void)[] = [];
	private readonly connections = new Set<Connection>();

	constructor(private readonly db: PGlite) {}

	async listen(port: number, host = '127.0.0.1'): Promise<AddressInfo> {
		await this.db.waitReady;
		this.server = createServer((socket) => this.accept(socket));
		await new Promise<void>((resolve, reject) => {
			this.server!.once('error', reject);
			this.server!.listen(port, host, () => resolve());
		});
		return this.server.address() as AddressInfo;
	}

	async close(): Promise<void> {
		for (const connection of this.connections) connection.socket.destroy();
		if (!this.server) return;
		await new Promise<void>((resolve) => this.server!.close(() => resolve()));
		this.server = null;
	}

	private accept(socket: Socket): void {
		socket.setNoDelay(true);
		const connection = new Connection(socket, this);
		this.connections.add(connection);
		socket.on('close', () => {
			this.connections.delete(connection);
			void this.released(connection);
		});
		socket.on('error', () => socket.destroy());
	}

	/** Waits until this connection may use the backend. */
	async acquire(connection: Connection): Promise<void> {
		while (this.owner && this.owner !== connection) {
			await new Promise<void>((resolve) => this.waiting.push(resolve));
		}
		this.owner = connection;
	}

	/** After a message: give the backend up at a protocol boundary outside a transaction. */
	afterMessage(connection: Connection, boundary: boolean): void {
		if (this.owner !== connection || !boundary || this.db.isInTransaction()) return;
		this.handOver();
	}

	async execute(message: Uint8Array, onData: (data: Uint8Array) => void): Promise<void> {
		await this.db.runExclusive(() =>
			this.db.execProtocolRawStream(message, { onRawData: (data) => onData(data) })
		);
	}

	/** A client went away: roll back what it left open and let the next one in. */
	private async released(connection: Connection): Promise<void> {
		if (this.owner !== connection) return;
		if (this.db.isInTransaction()) await this.db.exec('rollback').catch(() => undefined);
		this.handOver();
	}

	private handOver(): void {
		this.owner = null;
		this.waiting.splice(0).forEach((wake) => wake());
	}
}

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;

class Connection {
	private buffer = Buffer.alloc(0);
	private started = false;
	private chain = Promise.resolve();

	constructor(
		readonly socket: Socket,
		private readonly server: PGliteWireServer
	) {
		socket.on('data', (chunk) => {
			this.buffer = Buffer.concat([this.buffer, chunk]);
			for (let message = this.nextMessage(); message; message = this.nextMessage()) {
				const current = message;
				this.chain = this.chain
					.then(() => this.handle(current))
					.catch(() => {
						socket.destroy();
					});
			}
		});
	}

	/** Splits the byte stream into whole protocol messages (startup messages have no type byte). */
	private nextMessage(): { type: string | null; bytes: Buffer } | null {
		if (!this.started) {
			if (this.buffer.length < 8) return null;
			const length = this.buffer.readInt32BE(0);
			if (this.buffer.length < length) return null;
			const bytes = this.buffer.subarray(0, length);
			this.buffer = this.buffer.subarray(length);
			return { type: null, bytes };
		}
		if (this.buffer.length < 5) return null;
		const length = this.buffer.readInt32BE(1) + 1;
		if (this.buffer.length < length) return null;
		const bytes = this.buffer.subarray(0, length);
		this.buffer = this.buffer.subarray(length);
		return { type: String.fromCharCode(bytes[0]), bytes };
	}

	private async handle({ type, bytes }: { type: string | null; bytes: Buffer }): Promise<void> {
		if (type === null) {
			const code = bytes.readInt32BE(4);
			if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
				this.socket.write('N');
				return;
			}
			if (code === CANCEL_REQUEST) return;
			if (code !== PROTOCOL_3) throw new Error('unsupported protocol');
			this.started = true;
		}
		if (type === 'X') {
			this.socket.end();
			return;
		}
		await this.server.acquire(this);
		try {
			await this.server.execute(new Uint8Array(bytes), (data) => {
				if (this.socket.writable) this.socket.write(data);
			});
		} finally {
			this.server.afterMessage(this, type === null || type === 'S' || type === 'Q');
		}
	}
}
