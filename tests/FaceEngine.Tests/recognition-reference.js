// The reference forward pass of face-api's face recognition net (ResNet-style, 150×150 input, 128-number
// descriptor), built from TF.js 4.22 ops on the CPU backend with the published weights, following the layer order of
// @vladmandic/face-api's FaceRecognitionNet:
//   node recognition-reference.js MANIFEST INPUT.f32 OUT
// INPUT.f32 holds 150×150×3 little-endian float32 RGB values (0–255). Writes every stage's output to OUT.f32
// (concatenated, in order) and {"layers":[{"name","shape"}]} to OUT.json; the last stage, fc, is the descriptor.
//   node recognition-reference.js MANIFEST PHOTO.jpg X Y WIDTH HEIGHT OUT
// decodes the photo with jpeg-js and takes the face in box (X, Y, WIDTH, HEIGHT) as face-api does with an image
// tensor: the box clipped and floored, the crop padded to a centred square and resized to 150 (the first stage,
// "resized").
'use strict';
const tf = require('@tensorflow/tfjs-core');
const { faceCrop } = require('./face-crop.js');
const { loadWeights, float32Input, stageRecorder, runAsScript } = require('./reference-io.js');
require('@tensorflow/tfjs-backend-cpu');

const SIZE = 150;
const MEAN_RGB = [122.782, 117.001, 104.298];

// Convolution plus bias, then the model's per-channel scale (× weights + biases), then optionally ReLU.
function scaledConv(x, w, prefix, stride, padding, relu) {
  let out = tf.add(tf.conv2d(x, w[`${prefix}/conv/filters`], stride, padding), w[`${prefix}/conv/bias`]);
  out = tf.add(tf.mul(out, w[`${prefix}/scale/weights`]), w[`${prefix}/scale/biases`]);
  return relu ? tf.relu(out) : out;
}

function residual(x, w, prefix) {
  const out = scaledConv(scaledConv(x, w, `${prefix}/conv1`, 1, 'same', true), w, `${prefix}/conv2`, 1, 'same', false);
  return tf.relu(tf.add(out, x));
}

// The shortcut is a 2×2 average pool, its channels doubled with zeros when the block widens; when the valid stride-2
// convolution comes out one pixel short, the convolution's side gets a row and a column of zeros (bottom, right).
function residualDown(x, w, prefix) {
  let out = scaledConv(scaledConv(x, w, `${prefix}/conv1`, 2, 'valid', true), w, `${prefix}/conv2`, 1, 'same', false);
  let pooled = tf.avgPool(x, 2, 2, 'valid');
  if (pooled.shape[1] !== out.shape[1] || pooled.shape[2] !== out.shape[2]) {
    out = tf.pad(out, [[0, 0], [0, 1], [0, 1], [0, 0]]);
  }
  if (pooled.shape[3] !== out.shape[3]) {
    pooled = tf.concat([pooled, tf.zerosLike(pooled)], 3);
  }
  return tf.relu(tf.add(pooled, out));
}

const faceInput = (file, box) => faceCrop(file, box, SIZE).input;

const BLOCKS = [
  ['conv32_1', false], ['conv32_2', false], ['conv32_3', false],
  ['conv64_down', true], ['conv64_1', false], ['conv64_2', false], ['conv64_3', false],
  ['conv128_down', true], ['conv128_1', false], ['conv128_2', false],
  ['conv256_down', true], ['conv256_1', false], ['conv256_2', false], ['conv256_down_out', true],
];

function forward(input, w, record) {
  let x = tf.div(tf.sub(input, tf.tensor1d(MEAN_RGB)), tf.scalar(255));
  record('input', x);
  x = scaledConv(x, w, 'conv32_down', 2, 'valid', true);
  record('conv32_down', x);
  x = tf.maxPool(x, 3, 2, 'valid');
  record('pool', x);
  for (const [name, down] of BLOCKS) {
    x = down ? residualDown(x, w, name) : residual(x, w, name);
    record(name, x);
  }
  const average = tf.mean(x, [1, 2]);
  record('mean', tf.reshape(average, [1, 1, 1, -1]));
  record('fc', tf.reshape(tf.matMul(average, w.fc), [1, 1, 1, -1]));
}

async function main() {
  const args = process.argv.slice(2);
  const [manifestPath, inputPath] = args;
  const output = args[args.length - 1];
  await tf.setBackend('cpu');
  const { record, write } = stageRecorder();
  let input;
  if (inputPath.endsWith('.jpg')) {
    const [x, y, width, height] = args.slice(2, 6).map(Number);
    input = faceInput(inputPath, { x, y, width, height });
    record('resized', input);
  } else {
    input = float32Input(inputPath, SIZE);
  }
  forward(input, loadWeights(manifestPath), record);
  write(output);
}

// Run as a script, or required by pipeline-reference.js for its stages.
runAsScript(module, main);

module.exports = { loadWeights, faceInput, forward };
