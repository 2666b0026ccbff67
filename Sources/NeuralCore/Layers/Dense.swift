/// A fully connected layer: `y = x·W + b`.
///
/// - `x`: `[N, D]`, `W`: `[D, M]`, `b`: `[M]`, `y`: `[N, M]`.
/// - `backward` returns `dx = dy·Wᵀ` `[N, D]`, `dW = xᵀ·dy` `[D, M]`, `db = Σₙ dy` `[M]`.
/// - Parameters: `"weight"` (`W`) and `"bias"` (`b`).
///
/// cs231n's `affine_forward` / `affine_backward`, with examples in rows. The course's
/// `Z = W·A + b` has examples in columns; it is this layer transposed.
public struct Dense: Layer {
  /// `W`, `[D, M]`.
  public var weight: Tensor
  /// `b`, `[M]`.
  public var bias: Tensor

  /// What `backward` needs: the input `x`.
  public struct Cache {
    public var input: Tensor
  }

  /// A layer with the given weight `[D, M]` and bias `[M]`.
  ///
  /// - Precondition: `weight` is a matrix and `bias` has one element per column.
  public init(weight: Tensor, bias: Tensor) {
    precondition(
      weight.rank == 2 && bias.shape == [weight.shape[1]],
      "Dense needs W [D, M] and b [M], got \(weight.shape) and \(bias.shape)")
    self.weight = weight
    self.bias = bias
  }

  /// A layer of `inputSize → outputSize` with weights drawn by `initializer` and zero biases.
  public init(
    inputSize: Int, outputSize: Int, initializer: Initializer = .xavierUniform,
    using random: inout RandomState
  ) {
    self.init(
      weight: initializer.tensor(shape: [inputSize, outputSize], using: &random),
      bias: Tensor(zeros: [outputSize]))
  }

  /// `D`.
  public var inputSize: Int { weight.shape[0] }
  /// `M`.
  public var outputSize: Int { weight.shape[1] }

  public var parameters: [String: Tensor] {
    get { ["weight": weight, "bias": bias] }
    set {
      weight = Self.parameter("weight", in: newValue, shape: weight.shape)
      bias = Self.parameter("bias", in: newValue, shape: bias.shape)
    }
  }

  public func outputShape(forInputShape shape: [Int]) throws(ShapeError) -> [Int] {
    guard shape.count == 2, shape[1] == inputSize else {
      throw .mismatch(
        "\(self) expects input of shape (N, \(inputSize)), got \(ShapeError.text(shape))")
    }
    return [shape[0], outputSize]
  }

  public func forward(_ x: Tensor) -> (output: Tensor, cache: Cache) {
    precondition(
      x.rank == 2 && x.shape[1] == inputSize, "\(self) expects [N, \(inputSize)], got \(x.shape)")
    return (Tensor.matmul(x, weight) + bias, Cache(input: x))
  }

  public func backward(_ dy: Tensor, cache: Cache) -> LayerGradients {
    let x = cache.input
    let dx = Tensor.matmul(dy, weight, transposingB: true)
    let dW = Tensor.matmul(x, dy, transposingA: true)
    let db = dy.sum(alongAxis: 0)
    return LayerGradients(input: dx, parameters: ["weight": dW, "bias": db])
  }
}

// MARK: - Conformance

extension Dense: CustomStringConvertible {
  public var description: String { "Dense(inputSize: \(inputSize), outputSize: \(outputSize))" }
}
