// The independent reference for the JPEG tests, on jpeg-js:
//   node jpeg-reference.js decode IN.jpg OUT.rgb         writes RGB bytes, prints {"width":..,"height":..}
//   node jpeg-reference.js encode IN.rgb W H QUALITY OUT.jpg
'use strict';
const fs = require('fs');
const jpeg = require('jpeg-js');

const [mode, ...args] = process.argv.slice(2);
if (mode === 'decode') {
  const [input, output] = args;
  const image = jpeg.decode(fs.readFileSync(input), { useTArray: true, formatAsRGBA: false });
  fs.writeFileSync(output, Buffer.from(image.data.buffer, image.data.byteOffset, image.data.length));
  process.stdout.write(JSON.stringify({ width: image.width, height: image.height }));
} else if (mode === 'encode') {
  const [input, width, height, quality, output] = args;
  const rgb = fs.readFileSync(input);
  const w = Number(width), h = Number(height);
  const rgba = Buffer.alloc(w * h * 4, 255);
  for (let i = 0; i < w * h; i++) rgb.copy(rgba, i * 4, i * 3, i * 3 + 3);
  fs.writeFileSync(output, jpeg.encode({ data: rgba, width: w, height: h }, Number(quality)).data);
} else {
  process.stderr.write('usage: decode IN OUT | encode IN W H QUALITY OUT\n');
  process.exit(2);
}
