import NeuralCore
import TestSupport
import Testing

// Expected values from numpy: xs = np.arange(16.).reshape(1, 4, 4, 1); xs[0, 1, 1, 0] = 20
//   xs.reshape(1, 2, 2, 2, 2, 1).max(axis=(2, 4)).ravel()  -> [20, 7, 13, 15]
//   xs.reshape(1, 2, 2, 2, 2, 1).mean(axis=(2, 4)).ravel() -> [6.25, 4.5, 10.5, 12.5]
@Suite struct PoolingTests {
  var x: Tensor {
    var t = Tensor(shape: [1, 4, 4, 1], scalars: (0..<16).map(Double.init))
    t[0, 1, 1, 0] = 20
    return t
  }

  @Test func forwardMatchesNumpy() {
    #expect(Pooling.maxForward(x, size: 2, stride: 2).scalars == [20, 7, 13, 15])
    #expect(Pooling.averageForward(x, size: 2, stride: 2).scalars == [6.25, 4.5, 10.5, 12.5])
    #expect(Pooling.maxForward(x, size: 2, stride: 2).shape == [1, 2, 2, 1])
    #expect(Pooling.maxForward(x, size: 3, stride: 1).scalars == [20, 20, 20, 20])
  }

  @Test func maxBackwardRoutesToTheLargestInput() {
    let dx = Pooling.maxBackward(Tensor(shape: [1, 2, 2, 1], scalars: [1, 2, 3, 4]), input: x, size: 2, stride: 2)
    #expect(dx.scalars == [0, 0, 0, 0, 0, 1, 0, 2, 0, 0, 0, 0, 0, 3, 0, 4])
    // Overlapping windows that share a maximum add their gradients.
    let overlap = Pooling.maxBackward(Tensor(shape: [1, 2, 2, 1], repeating: 1), input: x, size: 3, stride: 1)
    #expect(overlap[0, 1, 1, 0] == 4 && overlap.sum() == 4)
  }

  @Test func averageBackwardSpreadsEvenly() {
    let dx = Pooling.averageBackward(Tensor(shape: [1, 2, 2, 1], scalars: [4, 8, 0, 0]), input: x, size: 2, stride: 2)
    #expect(dx.scalars == [1, 1, 2, 2, 1, 1, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0])
  }

  @Test(arguments: [(2, 2), (3, 1), (2, 1), (3, 2)])
  func backwardMatchesNumericalGradient(size: Int, stride: Int) {
    var random = SplitMix(state: UInt64(size * 10 + stride))
    let x = Tensor(shape: [2, 7, 6, 3], scalars: (0..<252).map { _ in random.uniform() })
    let y = Pooling.maxForward(x, size: size, stride: stride)
    let r = Tensor(shape: y.shape, scalars: (0..<y.count).map { _ in random.uniform() })
    expectClose(
      Pooling.maxBackward(r, input: x, size: size, stride: stride),
      numericalGradient(at: x) { (Pooling.maxForward($0, size: size, stride: stride) * r).sum() },
      absolute: 1e-8, relative: 1e-6)
    expectClose(
      Pooling.averageBackward(r, input: x, size: size, stride: stride),
      numericalGradient(at: x) { (Pooling.averageForward($0, size: size, stride: stride) * r).sum() },
      absolute: 1e-8, relative: 1e-6)
  }

  @Test func nanWinsItsWindow() {
    var t = x
    t[0, 2, 3, 0] = .nan
    let y = Pooling.maxForward(t, size: 2, stride: 2)
    #expect(y.scalars[3].isNaN && y.scalars[0] == 20)
  }

  @Test func rejectsWindowLargerThanInput() throws {
    #expect(throws: ShapeError.mismatch("a 5x5 window does not fit in a padded input of 4x4")) {
      try Pooling.outputShape(input: [1, 4, 4, 1], size: 5, stride: 1)
    }
    #expect(try Pooling.outputShape(input: [3, 9, 8, 2], size: 2, stride: 2) == [3, 4, 4, 2])
  }

  // Rectangular windows, per-axis strides and 'same' padding. Expected values from numpy, padding
  // with NaN so that max and mean see only the real cells (Keras's rule):
  //   def pool(x, ph, pw, sh, sw, same, op):
  //       n, h, w, c = x.shape
  //       if same:
  //           oh, ow = -(-h // sh), -(-w // sw)
  //           th, tw = max((oh - 1) * sh + ph - h, 0), max((ow - 1) * sw + pw - w, 0)
  //           x = np.pad(x, ((0, 0), (th // 2, th - th // 2), (tw // 2, tw - tw // 2), (0, 0)),
  //                      constant_values=np.nan)
  //       else:
  //           oh, ow = (h - ph) // sh + 1, (w - pw) // sw + 1
  //       y = np.empty((n, oh, ow, c))
  //       for i in range(oh):
  //           for j in range(ow):
  //               y[:, i, j, :] = op(x[:, i*sh:i*sh+ph, j*sw:j*sw+pw, :], axis=(1, 2))
  //       return y
  //   x = np.arange(25.).reshape(1, 5, 5, 1); x[0, 2, 1, 0] = 30
  //   pool(x, 2, 3, 2, 2, True, np.nanmax), pool(x, 2, 3, 2, 2, True, np.nanmean), ...
  var x5: Tensor {
    var t = Tensor(shape: [1, 5, 5, 1], scalars: (0..<25).map(Double.init))
    t[0, 2, 1, 0] = 30
    return t
  }

  static let rectangularCases: [(size: [Int], strides: [Int], same: Bool, shape: [Int], max: [Double], average: [Double])] = [
    ([2, 3], [2, 2], true, [1, 3, 3, 1], [6, 8, 9, 30, 30, 19, 21, 23, 24],
     [3, 4.5, 6, 17.75, 17.666666666666668, 16, 20.5, 22, 23.5]),
    ([2, 3], [1, 2], false, [1, 4, 2, 1], [7, 9, 30, 14, 30, 19, 22, 24],
     [3.5, 5.5, 11.666666666666666, 10.5, 16.666666666666668, 15.5, 18.5, 20.5]),
    ([3, 3], [2, 2], true, [1, 3, 3, 1], [6, 8, 9, 30, 30, 19, 21, 23, 24],
     [3, 4.5, 6, 13.666666666666666, 14.11111111111111, 13.5, 18, 19.5, 21]),
  ]

  @Test(arguments: rectangularCases)
  func rectangularAndSameForwardMatchesNumpy(
    _ size: [Int], _ strides: [Int], _ same: Bool, _ shape: [Int], _ max: [Double], _ average: [Double]
  ) throws {
    let g = try Pooling.Geometry(
      input: x5.shape, poolHeight: size[0], poolWidth: size[1], strideHeight: strides[0], strideWidth: strides[1],
      padding: same ? .same : .valid)
    #expect(Pooling.maxForward(x5, g) == Tensor(shape: shape, scalars: max))
    expectClose(Pooling.averageForward(x5, g), Tensor(shape: shape, scalars: average), absolute: 1e-12, relative: 1e-12)
  }

  @Test func sameBackwardSkipsThePaddedCells() throws {
    // A 2x2 window at stride 2 over 3x3: the last row and column of windows hang over the padding,
    // so the corner window holds one real cell and passes it all of its gradient.
    let x = Tensor(shape: [1, 3, 3, 1], scalars: (1...9).map(Double.init))
    let g = try Pooling.Geometry(input: x.shape, poolHeight: 2, poolWidth: 2, strideHeight: 2, strideWidth: 2, padding: .same)
    let dy = Tensor(shape: [1, 2, 2, 1], scalars: [4, 2, 2, 1])
    #expect(Pooling.averageBackward(dy, input: x, g).scalars == [1, 1, 1, 1, 1, 1, 1, 1, 1])
    #expect(Pooling.maxBackward(dy, input: x, g).scalars == [0, 0, 0, 0, 4, 2, 0, 2, 1])
  }

  @Test(arguments: [([2, 3], [2, 2]), ([3, 2], [1, 2]), ([3, 3], [2, 3]), ([2, 2], [3, 1])])
  func sameAndValidBackwardMatchNumericalGradient(_ size: [Int], _ strides: [Int]) throws {
    var random = SplitMix(state: UInt64(size[0] * 100 + size[1] * 10 + strides[0]))
    let x = Tensor(shape: [2, 7, 6, 3], scalars: (0..<252).map { _ in random.uniform() })
    for padding in [Convolution.Padding.valid, .same] {
      let g = try Pooling.Geometry(
        input: x.shape, poolHeight: size[0], poolWidth: size[1], strideHeight: strides[0], strideWidth: strides[1],
        padding: padding)
      let r = Tensor(shape: [2, g.outputHeight, g.outputWidth, 3], scalars: (0..<(6 * g.outputHeight * g.outputWidth)).map { _ in random.uniform() })
      expectClose(
        Pooling.maxBackward(r, input: x, g), numericalGradient(at: x) { (Pooling.maxForward($0, g) * r).sum() },
        absolute: 1e-8, relative: 1e-6)
      expectClose(
        Pooling.averageBackward(r, input: x, g), numericalGradient(at: x) { (Pooling.averageForward($0, g) * r).sum() },
        absolute: 1e-8, relative: 1e-6)
    }
  }

  @Test func geometryFollowsKerasSameRule() throws {
    let g = try Pooling.Geometry(input: [1, 7, 6, 1], poolHeight: 2, poolWidth: 3, strideHeight: 2, strideWidth: 4, padding: .same)
    #expect([g.outputHeight, g.outputWidth, g.padTop, g.padLeft] == [4, 2, 0, 0])
    #expect(throws: ShapeError.mismatch("pooling padding must be valid or same, got 1")) {
      try Pooling.Geometry(input: [1, 4, 4, 1], poolHeight: 2, poolWidth: 2, strideHeight: 2, strideWidth: 2, padding: .explicit(1))
    }
    #expect(throws: ShapeError.mismatch("pool size and strides must be positive, got pool 2x0 and strides 1x1")) {
      try Pooling.Geometry(input: [1, 4, 4, 1], poolHeight: 2, poolWidth: 0, strideHeight: 1, strideWidth: 1)
    }
  }
}
