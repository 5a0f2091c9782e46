'use strict';
// Hand-built HTTP/2 frames (RFC 9113 section 4.1) for probes that a well-behaved client library cannot send.
const PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 'latin1');
const TYPE = { DATA: 0x0, HEADERS: 0x1, SETTINGS: 0x4, PING: 0x6, GOAWAY: 0x7 };
const FLAG = { END_STREAM: 0x1, END_HEADERS: 0x4 };

function frame(type, flags, streamId, payload = Buffer.alloc(0)) {
  const header = Buffer.alloc(9);
  header.writeUIntBE(payload.length, 0, 3);
  header.writeUInt8(type, 3);
  header.writeUInt8(flags, 4);
  header.writeUInt32BE(streamId & 0x7fffffff, 5);
  return Buffer.concat([header, payload]);
}

// Reads frames from a socket until a GOAWAY arrives or the peer closes; resolves with what was seen.
function awaitGoAway(socket, timeoutMs) {
  return new Promise(resolve => {
    let buffered = Buffer.alloc(0);
    const outcome = { goAwayCode: null, closed: false, timedOut: false };
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(outcome);
    };
    const timer = setTimeout(() => { outcome.timedOut = true; finish(); }, timeoutMs);
    socket.on('data', chunk => {
      buffered = Buffer.concat([buffered, chunk]);
      while (buffered.length >= 9) {
        const length = buffered.readUIntBE(0, 3);
        if (buffered.length < 9 + length) break;
        if (buffered.readUInt8(3) === TYPE.GOAWAY && length >= 8) {
          outcome.goAwayCode = buffered.readUInt32BE(9 + 4);
          finish();
          return;
        }
        buffered = buffered.subarray(9 + length);
      }
    });
    socket.on('error', () => {});
    socket.on('close', () => { outcome.closed = true; finish(); });
  });
}

module.exports = { PREFACE, TYPE, FLAG, frame, awaitGoAway };
