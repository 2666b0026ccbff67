import NeuralCore

/// Runs an element-wise kernel over two inputs and one output that share a shape but each have
/// their own strides, without gathering any of them into a temporary.
///
/// This is numpy's inner-loop design: axes of extent 1 are dropped, neighbouring axes that are
/// contiguous for all three operands are merged, and the kernel is called once per row of the
/// innermost remaining axis with the three element steps of that axis (0 for a broadcast operand).
/// A broadcast `(200, 10) - (200, 1)`, a column view `dW[:, j] += X[i]` and a transposed operand
/// all run this way. Operations on at least `parallelThreshold` elements split their rows (or
/// their one run) in two halves computed on two cores: element-wise results do not depend on the
/// split, so they are bit-identical to a serial run.
///
/// ```
/// shape (200, 10)  x strides (10, 1)  y strides (1, 0)  out strides (10, 1)
/// → 200 kernel calls of 10 elements with steps (1, 0, 1)
/// shape (5, 64)    all contiguous
/// → 1 kernel call of 320 elements with steps (1, 1, 1)
/// ```
enum ElementwiseLoop {
  /// Elements from which an element-wise operation runs on two threads: about 100 µs of work
  /// bound by memory, well above the cost of handing half to NeuralCore's second thread.
  static let parallelThreshold = 1 << 17

  /// Calls `body` with `0..<count`, or with its two halves concurrently when `count` (the number
  /// of elements the work touches is `count * elementsPerItem`) reaches `parallelThreshold`.
  ///
  /// Inlined, so that the common small case runs `body` in place: no closure context is built.
  @inline(__always)
  static func forHalves(_ count: Int, elementsPerItem: Int = 1, _ body: (Range<Int>) -> Void) {
    guard count >= 2, count * elementsPerItem >= parallelThreshold else { return body(0..<count) }
    inHalves(count, elementsPerItem: elementsPerItem, body)
  }

  /// `body` over the two halves of `0..<count` on two threads.
  @inline(never)
  private static func inHalves(_ count: Int, elementsPerItem: Int, _ body: (Range<Int>) -> Void) {
    let half = elementsPerItem == 1 ? (count / 2 + 7) & ~7 : count / 2
    withoutActuallyEscaping(body) { body in
      let shared = UncheckedSendable(body)
      Parallel.run(2) { part in
        shared.value(part == 0 ? 0..<half : half..<count)
      }
    }
  }

  /// Applies the operation to `count` elements read at `x + i*xStep`, `y + i*yStep` and written
  /// to `out + i*outStep`.
  typealias Kernel = (
    _ x: UnsafePointer<Double>, _ xStep: Int, _ y: UnsafePointer<Double>, _ yStep: Int,
    _ out: UnsafeMutablePointer<Double>, _ outStep: Int, _ count: Int
  ) -> Void

  /// Runs `kernel` over every element of `shape`.
  ///
  /// - Precondition: the three stride arrays have `shape.count` entries; every position of
  ///   `shape` lies inside each operand's buffer.
  static func run(
    shape: [Int], x: UnsafePointer<Double>, xStrides: [Int], y: UnsafePointer<Double>, yStrides: [Int],
    out: UnsafeMutablePointer<Double>, outStrides: [Int], kernel: Kernel
  ) {
    let rank = shape.count
    for extent in shape where extent == 0 { return }
    withUnsafeTemporaryAllocation(of: Int.self, capacity: 5 * rank + 1) { scratch in
      // Per kept axis, outermost first: extent, x step, y step, out step; then an odometer.
      let axes = scratch.baseAddress!
      var kept = 0
      for axis in 0..<rank where shape[axis] != 1 {
        let (e, sx, sy, so) = (shape[axis], xStrides[axis], yStrides[axis], outStrides[axis])
        if kept > 0 {
          let previous = axes + 4 * (kept - 1)
          if previous[1] == sx * e && previous[2] == sy * e && previous[3] == so * e {
            previous[0] *= e
            (previous[1], previous[2], previous[3]) = (sx, sy, so)
            continue
          }
        }
        let slot = axes + 4 * kept
        (slot[0], slot[1], slot[2], slot[3]) = (e, sx, sy, so)
        kept += 1
      }
      if kept == 0 {
        kernel(x, 0, y, 0, out, 0, 1)
        return
      }
      let inner = axes + 4 * (kept - 1)
      let (n, ix, iy, io) = (inner[0], inner[1], inner[2], inner[3])
      if kept == 1 {
        forHalves(n) { part in
          let start = part.lowerBound
          kernel(x + start * ix, ix, y + start * iy, iy, out + start * io, io, part.count)
        }
        return
      }
      if kept == 2 {
        let (rows, rx, ry, ro) = (axes[0], axes[1], axes[2], axes[3])
        forHalves(rows, elementsPerItem: n) { part in
          for r in part { kernel(x + r * rx, ix, y + r * ry, iy, out + r * ro, io, n) }
        }
        return
      }
      let index = axes + 4 * kept
      for k in 0..<(kept - 1) { index[k] = 0 }
      var (px, py, po) = (x, y, out)
      while true {
        kernel(px, ix, py, iy, po, io, n)
        var axis = kept - 2
        while axis >= 0 {
          let a = axes + 4 * axis
          index[axis] += 1
          px += a[1]
          py += a[2]
          po += a[3]
          if index[axis] < a[0] { break }
          px -= a[1] * a[0]
          py -= a[2] * a[0]
          po -= a[3] * a[0]
          index[axis] = 0
          axis -= 1
        }
        if axis < 0 { return }
      }
    }
  }
}

extension ElementwiseLoop {
  /// Copies the elements of `shape` between two strided layouts, casting to `type` (a view's
  /// `scalars`, `a[s] = b`, a gather into a contiguous buffer).
  static func copy(
    shape: [Int], from source: UnsafePointer<Double>, strides sourceStrides: [Int],
    to destination: UnsafeMutablePointer<Double>, strides destinationStrides: [Int], as type: DType = .float64
  ) {
    run(
      shape: shape, x: source, xStrides: sourceStrides, y: source, yStrides: sourceStrides, out: destination,
      outStrides: destinationStrides
    ) { x, xStep, _, _, o, oStep, n in
      if type == .float64 {
        if xStep == 1 && oStep == 1 {
          o.update(from: x, count: n)
        } else {
          for i in 0..<n { o[i * oStep] = x[i * xStep] }
        }
      } else {
        for i in 0..<n { o[i * oStep] = type.cast(x[i * xStep]) }
      }
    }
  }
}

/// A value shared with the two halves of a split loop, which only read it (`@unchecked`: the
/// closures and pointers inside are used for disjoint parts of the output).
struct UncheckedSendable<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
