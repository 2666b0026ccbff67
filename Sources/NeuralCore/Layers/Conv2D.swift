/// A two-dimensional convolution over NHWC images: `y = conv(x, W) + b`.
///
/// This file uses C for input channels and F for filters.
///
/// ```
/// y[n, i, j, f] = b[f] + Σ_{u, v, c} xpad[n, i·s + u, j·s + v, c] · W[u, v, c, f]
/// ```
///
/// - `x`: `[N, height, width, C]`, `W`: `[kernelHeight, kernelWidth, C, F]`, `b`: `[F]`,
///   `y`: `[N, outputHeight, outputWidth, F]` with `outputHeight = (height + pads − kernelHeight)/s + 1`.
/// - `backward` returns `dx` `[N, height, width, C]`, `dW` (the shape of `W`), `db` `[F]`, computed
///   by `Convolution.backward` through im2col: `dW = colsᵀ·dy`, `dx = col2im(dy·Wᵀ)`.
/// - Parameters: `"weight"` and `"bias"`. The layout is the course's and Keras's.
public struct Conv2D: Layer {
  /// `W`, `[kernelHeight, kernelWidth, C, F]`.
  public var weight: Tensor
  /// `b`, `[F]`.
  public var bias: Tensor
  /// `s`, the step between windows.
  public var stride: Int
  /// Zeros around the input: `.valid`, `.same` or `.explicit(p)`.
  public var padding: Convolution.Padding

  /// What `backward` needs: the input `x`.
  public struct Cache {
    public var input: Tensor
  }

  /// A layer with the given kernel `[kh, kw, C, F]` and bias `[F]`.
  ///
  /// - Precondition: the kernel has rank 4, the bias one element per filter, the stride is positive.
  public init(weight: Tensor, bias: Tensor, stride: Int = 1, padding: Convolution.Padding = .valid)
  {
    precondition(
      weight.rank == 4 && bias.shape == [weight.shape[3]],
      "Conv2D needs W [kh, kw, C, F] and b [F], got \(weight.shape) and \(bias.shape)")
    precondition(stride > 0, "stride must be positive, got \(stride)")
    self.weight = weight
    self.bias = bias
    self.stride = stride
    self.padding = padding
  }

  /// A layer of `filters` square kernels over `inputChannels`, weights drawn by `initializer`.
  public init(
    inputChannels: Int, filters: Int, kernelSize: Int, stride: Int = 1,
    padding: Convolution.Padding = .valid,
    initializer: Initializer = .he, using random: inout RandomState
  ) {
    let shape = [kernelSize, kernelSize, inputChannels, filters]
    self.init(
      weight: initializer.tensor(shape: shape, using: &random), bias: Tensor(zeros: [filters]),
      stride: stride,
      padding: padding)
  }

  public var parameters: [String: Tensor] {
    get { ["weight": weight, "bias": bias] }
    set {
      weight = Self.parameter("weight", in: newValue, shape: weight.shape)
      bias = Self.parameter("bias", in: newValue, shape: bias.shape)
    }
  }

  public func outputShape(forInputShape shape: [Int]) throws(ShapeError) -> [Int] {
    do {
      return try Convolution.outputShape(
        input: shape, weights: weight.shape, stride: stride, padding: padding)
    } catch {
      throw .mismatch("\(self): \(error)")
    }
  }

  public func forward(_ x: Tensor) -> (output: Tensor, cache: Cache) {
    (
      Convolution.forward(x, weights: weight, bias: bias, stride: stride, padding: padding),
      Cache(input: x)
    )
  }

  public func backward(_ dy: Tensor, cache: Cache) -> LayerGradients {
    let (dx, dW, db) = Convolution.backward(
      dy, input: cache.input, weights: weight, stride: stride, padding: padding)
    return LayerGradients(input: dx, parameters: ["weight": dW, "bias": db])
  }
}

// MARK: - Conformance

extension Conv2D: CustomStringConvertible {
  public var description: String {
    let (kh, kw) = (weight.shape[0], weight.shape[1])
    let size = kh == kw ? "\(kh)" : "(\(kh), \(kw))"
    return
      "Conv2D(filters: \(weight.shape[3]), kernelSize: \(size), stride: \(stride), padding: \(padding))"
  }
}
