import WebSocket from 'ws';

// Node 20 has no global WebSocket, and supabase-js builds its realtime client even during server
// rendering. Node 22+ has one; then this does nothing.
if (typeof globalThis.WebSocket === 'undefined') {
	globalThis.WebSocket = WebSocket as unknown as typeof globalThis.WebSocket;
}
