#!/usr/bin/python3
"""The benchmark's peer: one light detector in a plain Python loop over OpenCV's DNN module.

Reads the frames named in a list file in order with cv2.imread, runs the network with cv2.dnn, decodes the
output, applies per-class NMS and prints one JSON object with the frame rate on stdout. The benchmark program
(`benchmark sweep`) runs it beside its own loop on the same frames and reports the ratio of the two rates.

Needs Debian's python3-opencv and python3-numpy (apt-get install -y python3-opencv python3-numpy); run it with
/usr/bin/python3, because a pyenv Python on the PATH usually lacks cv2.

    /usr/bin/python3 scripts/peer/opencv_loop.py --family fastestdet --model FastestDet.onnx \
        --input-width 352 --input-height 352 --frames frames.txt
"""

import argparse
import json
import statistics
import sys
import time

try:
    import cv2
    import numpy as np
except ImportError as missing:
    print(json.dumps({"implementation": "python-opencv", "available": False,
                      "reason": f"{sys.executable} cannot import {missing.name}; "
                                "install python3-opencv and python3-numpy"}))
    sys.exit(3)


def parse_arguments():
    parser = argparse.ArgumentParser(description="Time a light detector in a plain OpenCV DNN loop.")
    parser.add_argument("--family", required=True, choices=["fastestdet", "yolo-fastest"],
                        help="output layout of the model")
    parser.add_argument("--model", required=True, help="the .onnx file, or the Darknet .cfg")
    parser.add_argument("--weights", help="the Darknet .weights file (yolo-fastest only)")
    parser.add_argument("--input-width", type=int, required=True, help="network input width in pixels")
    parser.add_argument("--input-height", type=int, required=True, help="network input height in pixels")
    parser.add_argument("--frames", required=True, help="text file naming one image per line, in order")
    parser.add_argument("--warmup", type=int, default=10, help="frames run before timing starts (default 10)")
    parser.add_argument("--score", type=float, default=0.25, help="score threshold (default 0.25)")
    parser.add_argument("--nms", type=float, default=0.45, help="NMS IoU threshold (default 0.45)")
    parser.add_argument("--threads", type=int, default=0, help="OpenCV threads; 0 keeps its default (default 0)")
    parser.add_argument("--name", default="", help="model name to echo in the JSON (default: the file name)")
    return parser.parse_args()


def load_network(args):
    if args.family == "yolo-fastest":
        if not args.weights:
            raise SystemExit("opencv_loop.py: --weights is needed for a Darknet model.")
        return cv2.dnn.readNet(args.weights, args.model)
    return cv2.dnn.readNet(args.model)


def prepare(image, args):
    """The same pre-processing as the benchmark's own loop: a plain bilinear resize, values scaled to 0..1."""
    size = (args.input_width, args.input_height)
    if args.family == "fastestdet":
        # Bilinear and BGR, as the model catalogue prescribes for both loops. FastestDet's own example resizes with
        # INTER_AREA, which takes about ten times as long here; the two loops must resize alike to be compared.
        resized = cv2.resize(image, size, interpolation=cv2.INTER_LINEAR)
        return cv2.dnn.blobFromImage(resized, 1.0 / 255.0)
    # Darknet models take RGB; blobFromImage resizes bilinearly and swaps the channels in one step.
    return cv2.dnn.blobFromImage(image, 1.0 / 255.0, size, swapRB=True, crop=False)


def decode_fastestdet(output, width, height, score_threshold):
    """FastestDet's one map [1, 85, H, W]: objectness, tanh offsets, sigmoid sizes, class probabilities."""
    maps = output[0]
    grid_h, grid_w = maps.shape[1], maps.shape[2]
    objectness = maps[0]
    classes = maps[5:]
    best_class = classes.argmax(axis=0)
    best_probability = np.take_along_axis(classes, best_class[None], axis=0)[0]
    scores = np.power(objectness, 0.6) * np.power(np.maximum(best_probability, 0.0), 0.4)
    ys, xs = np.nonzero(scores >= score_threshold)
    cx = (xs + np.tanh(maps[1, ys, xs])) / grid_w * width
    cy = (ys + np.tanh(maps[2, ys, xs])) / grid_h * height
    bw = 1.0 / (1.0 + np.exp(-maps[3, ys, xs])) * width
    bh = 1.0 / (1.0 + np.exp(-maps[4, ys, xs])) * height
    return cx, cy, bw, bh, scores[ys, xs], best_class[ys, xs]


def decode_darknet(outputs, width, height, score_threshold):
    """OpenCV's rows for Darknet [yolo] layers: cx, cy, w, h (fractions), objectness, class scores."""
    rows = np.concatenate([o.reshape(-1, o.shape[-1]) for o in outputs], axis=0)
    class_scores = rows[:, 5:]
    best_class = class_scores.argmax(axis=1)
    scores = class_scores[np.arange(len(rows)), best_class]
    keep = (scores >= score_threshold) & (scores > 0)
    rows, scores, best_class = rows[keep], scores[keep], best_class[keep]
    return rows[:, 0] * width, rows[:, 1] * height, rows[:, 2] * width, rows[:, 3] * height, scores, best_class


def suppress(cx, cy, bw, bh, scores, classes, nms_threshold, score_threshold):
    """Per-class NMS: boxes of different classes never suppress each other."""
    kept = 0
    for cls in np.unique(classes):
        mine = classes == cls
        boxes = np.stack([cx[mine] - bw[mine] / 2, cy[mine] - bh[mine] / 2, bw[mine], bh[mine]], axis=1)
        indices = cv2.dnn.NMSBoxes(boxes.tolist(), scores[mine].tolist(), score_threshold, nms_threshold)
        kept += len(indices)
    return kept


def detect(net, output_names, image, args):
    net.setInput(prepare(image, args))
    height, width = image.shape[:2]
    if args.family == "fastestdet":
        decoded = decode_fastestdet(net.forward(), width, height, args.score)
    else:
        decoded = decode_darknet(net.forward(output_names), width, height, args.score)
    return suppress(*decoded, args.nms, args.score)


def main():
    args = parse_arguments()
    if args.threads > 0:
        cv2.setNumThreads(args.threads)
    with open(args.frames, encoding="utf-8") as listing:
        frames = [line.strip() for line in listing if line.strip()]
    if not frames:
        raise SystemExit(f"opencv_loop.py: {args.frames} names no frames.")

    net = load_network(args)
    net.setPreferableBackend(cv2.dnn.DNN_BACKEND_OPENCV)
    net.setPreferableTarget(cv2.dnn.DNN_TARGET_CPU)
    output_names = net.getUnconnectedOutLayersNames()

    # Warm-up frames are taken from the start of the list and run before the clock starts.
    for path in frames[:max(0, args.warmup)]:
        detect(net, output_names, cv2.imread(path, cv2.IMREAD_COLOR), args)

    detections = 0
    per_frame = []
    start = time.perf_counter()
    for path in frames:
        began = time.perf_counter()
        image = cv2.imread(path, cv2.IMREAD_COLOR)
        if image is None:
            raise SystemExit(f"opencv_loop.py: cannot read {path}.")
        detections += detect(net, output_names, image, args)
        per_frame.append((time.perf_counter() - began) * 1000.0)
    seconds = time.perf_counter() - start

    print(json.dumps({
        "implementation": "python-opencv",
        "available": True,
        "model": args.name or args.model.rsplit("/", 1)[-1],
        "backend": f"OpenCV DNN {cv2.__version__} (CPU), Python {sys.version.split()[0]}, NumPy {np.__version__}",
        "decodeOnly": False,
        "frames": len(frames),
        "warmupFrames": min(len(frames), max(0, args.warmup)),
        "seconds": seconds,
        "fps": len(frames) / seconds,
        "frameMsMedian": statistics.median(per_frame),
        "detections": detections,
    }))


if __name__ == "__main__":
    main()
