// The reference forward pass of face-api's tiny face detector, built from TF.js 4.22 ops on the CPU backend with the
// published weights, following the layer order of @vladmandic/face-api's TinyFaceDetector:
//   node tiny-detector-reference.js MANIFEST INPUT.f32 SIZE SCORE_THRESHOLD OUT
// INPUT.f32 holds SIZE×SIZE×3 little-endian float32 RGB values (0–255, rows top to bottom). Writes every layer's
// output to OUT.f32 (concatenated, in order) and {"layers":[{"name","shape"}],"boxes":[{x,y,width,height,score}]}
// to OUT.json, boxes in input pixels after non-max suppression.
// INPUT.jpg is decoded by jpeg-js, padded below or right to a square and resized bilinearly to SIZE as face-api
// does (that tensor is the first layer, "resized"); the boxes are then in the photo's pixels.
'use strict';
const fs = require('fs');
const jpeg = require('jpeg-js');
const tf = require('@tensorflow/tfjs-core');
const { loadWeights, float32Input, stageRecorder, runAsScript } = require('./reference-io.js');
require('@tensorflow/tfjs-backend-cpu');

const MEAN_RGB = [117.001, 114.697, 97.404];
const ANCHORS = [[1.603231, 2.094468], [6.041143, 7.080126], [2.882459, 3.518061], [4.266906, 5.178857], [9.041765, 10.66308]];
const IOU_THRESHOLD = 0.4;

// face-api's leaky ReLU: relu(x - a·x) + a·x with a = 0.1.
function leaky(x) {
  const scaled = tf.mul(x, tf.scalar(0.1));
  return tf.add(tf.relu(tf.sub(x, scaled)), scaled);
}

function separable(x, w, prefix) {
  const padded = tf.pad(x, [[0, 0], [1, 1], [1, 1], [0, 0]]);
  const out = tf.separableConv2d(padded, w[`${prefix}/depthwise_filter`], w[`${prefix}/pointwise_filter`], [1, 1], 'valid');
  return leaky(tf.add(out, w[`${prefix}/bias`]));
}

function forward(input, w, record) {
  const mean = tf.tensor1d(MEAN_RGB);
  let x = tf.div(tf.sub(input, mean), tf.scalar(255));
  record('input', x);
  x = leaky(tf.add(tf.conv2d(x, w['conv0/filters'], [1, 1], 'valid'), w['conv0/bias']));
  record('conv0', x);
  x = tf.maxPool(x, [2, 2], [2, 2], 'same');
  record('pool0', x);
  for (let i = 1; i <= 5; i++) {
    x = separable(x, w, `conv${i}`);
    record(`conv${i}`, x);
    x = tf.maxPool(x, [2, 2], i === 5 ? [1, 1] : [2, 2], 'same');
    record(`pool${i}`, x);
  }
  x = tf.add(tf.conv2d(x, w['conv8/filters'], [1, 1], 'valid'), w['conv8/bias']);
  record('conv8', x);
  return x;
}

const sigmoid = (v) => 1 / (1 + Math.exp(-v));

// face-api's input: the photo padded with zeros to a square (below or to the right), resized to SIZE.
function photoInput(file, size) {
  const photo = jpeg.decode(fs.readFileSync(file), { useTArray: true, formatAsRGBA: false });
  const pixels = tf.tensor4d(Float32Array.from(photo.data), [1, photo.height, photo.width, 3]);
  const side = Math.max(photo.width, photo.height);
  const square = tf.pad(pixels, [[0, 0], [0, side - photo.height], [0, side - photo.width], [0, 0]]);
  const scale = size / side;
  const content = { width: Math.round(photo.width * scale), height: Math.round(photo.height * scale) };
  return {
    input: tf.image.resizeBilinear(square, [size, size], false, false),
    scaleX: photo.width / content.width,
    scaleY: photo.height / content.height,
  };
}

function decode(grid, size, threshold) {
  const [, cells, , channels] = grid.shape;
  const values = grid.dataSync();
  const boxes = [];
  for (let row = 0; row < cells; row++) {
    for (let col = 0; col < cells; col++) {
      for (let a = 0; a < ANCHORS.length; a++) {
        const at = (row * cells + col) * channels + a * 5;
        const score = sigmoid(values[at + 4]);
        if (score > threshold) {
          const w = (Math.exp(values[at + 2]) * ANCHORS[a][0]) / cells;
          const h = (Math.exp(values[at + 3]) * ANCHORS[a][1]) / cells;
          const cx = (col + sigmoid(values[at])) / cells;
          const cy = (row + sigmoid(values[at + 1])) / cells;
          boxes.push({ x: (cx - w / 2) * size, y: (cy - h / 2) * size, width: w * size, height: h * size, score });
        }
      }
    }
  }
  return boxes;
}

function overlap(a, b) {
  const w = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
  const h = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  return (w * h) / (a.width * a.height + b.width * b.height - w * h);
}

function suppress(boxes) {
  let order = boxes.map((b, i) => i).sort((i, j) => boxes[i].score - boxes[j].score);
  const kept = [];
  while (order.length > 0) {
    const best = boxes[order.pop()];
    kept.push(best);
    order = order.filter((i) => overlap(best, boxes[i]) <= IOU_THRESHOLD);
  }
  return kept;
}

async function main() {
  const [manifestPath, inputPath, sizeText, thresholdText, output] = process.argv.slice(2);
  await tf.setBackend('cpu');
  const { record, write } = stageRecorder();
  const size = Number(sizeText);
  let input;
  let scaleX = 1;
  let scaleY = 1;
  if (inputPath.endsWith('.jpg')) {
    ({ input, scaleX, scaleY } = photoInput(inputPath, size));
    record('resized', input);
  } else {
    input = float32Input(inputPath, size);
  }
  const grid = forward(input, loadWeights(manifestPath), record);
  const boxes = suppress(decode(grid, size, Number(thresholdText))).map((b) => (
    { x: b.x * scaleX, y: b.y * scaleY, width: b.width * scaleX, height: b.height * scaleY, score: b.score }));
  write(output, { boxes });
}

runAsScript(module, main);
