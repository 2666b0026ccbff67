import NeuralCore

/// The course's convolution benchmark: input (10, 32, 32, 3), 8 filters 3x3, pad 1, stride 1,
/// one forward and one backward pass.
enum ConvolutionCase {
  static let description = "conv forward+backward (10,32,32,3), 8 filters 3x3, pad 1"

  static func swiftSeconds() -> Double {
    var random = SplitMix(state: 3)
    let x = Tensor(shape: [10, 32, 32, 3], scalars: random.array(10 * 32 * 32 * 3))
    let w = Tensor(shape: [3, 3, 3, 8], scalars: random.array(216))
    let b = Tensor(random.array(8))
    let dy = Tensor(shape: [10, 32, 32, 8], scalars: random.array(10 * 32 * 32 * 8))
    return Timing.secondsPerCall {
      let y = Convolution.forward(x, weights: w, bias: b, stride: 1, padding: .explicit(1))
      let (dx, dw, db) = Convolution.backward(dy, input: x, weights: w, stride: 1, padding: .explicit(1))
      Peak.sink(y.scalars[0] + dx.scalars[0] + dw.scalars[0] + db.scalars[0])
    }
  }
}
