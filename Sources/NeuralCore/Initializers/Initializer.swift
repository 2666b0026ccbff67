/// How a layer's weights are drawn before training.
///
/// ```
/// .zeros                 W = 0                                    (biases; never for weights: symmetry)
/// .scaledNormal(s)       W = s · randn                            (the course's `randn(...) * 0.01`)
/// .xavierUniform         W ~ U(−l, l),  l = √(6 / (fanIn + fanOut))
/// .xavierNormal          W = √(2 / (fanIn + fanOut)) · randn
/// .he                    W = √(2 / fanIn) · randn                (ReLU layers)
/// ```
///
/// Draws come from a `RandomState` in row-major order, so `.he` with seed 3 gives exactly
/// `np.random.seed(3); np.random.randn(*shape) * np.sqrt(2 / fanIn)`. `xavierNormal` is a plain
/// normal (Keras truncates it at two standard deviations; we do not).
///
/// Fans follow Keras: a matrix `[D, M]` (inputs by outputs, as `Dense.weight`) has
/// `fanIn = D`, `fanOut = M`; a convolution kernel `[kh, kw, Cin, Cout]` has
/// `fanIn = kh·kw·Cin`, `fanOut = kh·kw·Cout`; a vector `[D]` has both equal to `D`.
/// The course's matrices are `[n_l, n_{l−1}]`, outputs first: pass `fanIn:` explicitly for them.
///
/// References: Glorot and Bengio, "Understanding the difficulty of training deep feedforward
/// neural networks", 2010; He et al., "Delving Deep into Rectifiers", 2015.
public enum Initializer: Sendable, Equatable {
  case zeros
  case scaledNormal(scale: Double)
  case xavierUniform
  case xavierNormal
  case he

  /// A tensor of the given shape, drawing from `random` when the scheme is random.
  ///
  /// - Parameters:
  ///   - shape: the tensor's shape.
  ///   - fanIn: inputs per unit; by default read from `shape` as described above.
  ///   - fanOut: outputs per unit; by default read from `shape`.
  ///   - random: the generator, advanced by one draw per element (none for `.zeros`).
  public func tensor(
    shape: [Int], fanIn: Int? = nil, fanOut: Int? = nil, using random: inout RandomState
  ) -> Tensor {
    let fans = Initializer.fans(of: shape)
    let n = Double(fanIn ?? fans.fanIn)
    let m = Double(fanOut ?? fans.fanOut)
    switch self {
    case .zeros:
      return Tensor(zeros: shape)
    case .scaledNormal(let s):
      return random.randn(shape: shape) * s
    case .xavierUniform:
      let l = (6 / (n + m)).squareRoot()
      return random.uniform(low: -l, high: l, shape: shape)
    case .xavierNormal:
      return random.randn(shape: shape) * (2 / (n + m)).squareRoot()
    case .he:
      return random.randn(shape: shape) * (2 / n).squareRoot()
    }
  }

  /// `(fanIn, fanOut)` read from a shape, Keras's convention.
  public static func fans(of shape: [Int]) -> (fanIn: Int, fanOut: Int) {
    switch shape.count {
    case 0: return (1, 1)
    case 1: return (shape[0], shape[0])
    case 2: return (shape[0], shape[1])
    default:
      let receptive = shape.dropLast(2).reduce(1, *)
      return (shape[shape.count - 2] * receptive, shape[shape.count - 1] * receptive)
    }
  }
}

// MARK: - Conformance

extension Initializer: CustomStringConvertible {
  public var description: String {
    switch self {
    case .zeros: "zeros"
    case .scaledNormal(let s): "normal × \(s)"
    case .xavierUniform: "Xavier uniform"
    case .xavierNormal: "Xavier normal"
    case .he: "He normal"
    }
  }
}
