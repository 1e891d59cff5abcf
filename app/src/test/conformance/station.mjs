// A charging station made of ocpp-rpc in strict mode: every message it sends and every answer it gets
// is checked against the official OCPP JSON schemas bundled with ocpp-rpc. The Java test drives it with
// one JSON command per line on stdin and reads one JSON event per line on stdout:
//   {"op":"call","id":1,"action":"BootNotification","params":{...}} -> {"type":"result"|"error","id":1,...}
//   {"op":"reply","action":"RemoteStartTransaction","params":{"status":"Accepted"}}  (how to answer the CSMS)
//   {"op":"reply","action":"SetChargingProfile","params":{"$callError":"NotSupported"}}  (a CALLERROR instead)
//   {"op":"close"}
// Inbound calls from the CSMS are reported as {"type":"inbound","action":...,"params":...}.
import { RPCClient, createRPCError } from 'ocpp-rpc';
import readline from 'node:readline';

const [endpoint, identity, password, protocol] = process.argv.slice(2);
const emit = (event) => process.stdout.write(JSON.stringify(event) + '\n');

const client = new RPCClient({
  endpoint,
  identity,
  password: password || undefined,
  protocols: [protocol || 'ocpp1.6'],
  strictMode: true,
  callTimeoutMs: 15000,
  reconnect: false,
});

const replies = new Map();
client.handle(({ method, params }) => {
  emit({ type: 'inbound', action: method, params });
  if (!replies.has(method)) {
    throw createRPCError('NotImplemented', `the test gave no answer for ${method}`);
  }
  const reply = replies.get(method);
  if (reply && reply.$callError) {
    throw createRPCError(reply.$callError, `the test answers ${method} with ${reply.$callError}`);
  }
  return reply;
});
client.on('strictValidationFailure', ({ error }) => emit({ type: 'strictValidationFailure', message: String(error?.message ?? error) }));
client.on('badMessage', ({ error }) => emit({ type: 'badMessage', message: String(error?.message ?? error) }));

try {
  await client.connect();
  emit({ type: 'connected', protocol: client.protocol });
  client.on('close', ({ code, reason }) => emit({ type: 'closed', code, reason: String(reason ?? '') }));
} catch (error) {
  emit({ type: 'connectFailed', message: String(error?.message ?? error) });
  process.exit(3);
}

const lines = readline.createInterface({ input: process.stdin });
for await (const line of lines) {
  if (!line.trim()) continue;
  const command = JSON.parse(line);
  if (command.op === 'reply') {
    replies.set(command.action, command.params);
    emit({ type: 'ok', id: command.id });
  } else if (command.op === 'call') {
    try {
      const payload = await client.call(command.action, command.params);
      emit({ type: 'result', id: command.id, payload });
    } catch (error) {
      emit({ type: 'error', id: command.id, code: error.rpcErrorCode ?? error.name, message: String(error.message), details: error.details ?? null });
    }
  } else if (command.op === 'close') {
    await client.close({ code: 1000, reason: 'test done', awaitPending: false, force: true });
    break;
  }
}
process.exit(0);
