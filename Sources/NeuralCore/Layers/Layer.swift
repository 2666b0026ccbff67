/// A differentiable function of a tensor, written as a forward/backward pair with a typed cache.
///
/// The shared contract of every layer (cs231n's `layer_forward` / `layer_backward`, with a
/// named `Cache` instead of a tuple):
///
/// - `forward(x)` returns the output `y` and a `Cache` holding what `backward` needs.
/// - `backward(dy, cache:)` takes `dy = ∂L/∂y` (the shape of `y`) and returns `∂L/∂x` (the shape
///   of `x`) and `∂L/∂p` for every parameter `p`, under the names of `parameters`.
/// - `parameters` are the trainable tensors by name (`"weight"`, `"bias"`); a container prefixes
///   its position (`"0.weight"`). Setting them replaces the layer's values.
/// - `outputShape(forInputShape:)` validates a shape at the boundary and throws `ShapeError`
///   with a message naming both shapes; `forward` itself only checks with preconditions.
/// - `commit(_:)` folds a training forward pass into state that is not trained by gradients
///   (batch norm's running averages, dropout's random stream). Containers call it after a
///   training step; the default does nothing.
/// - `setTraining(_:)` switches between training and inference behaviour (dropout, batch norm);
///   the default does nothing.
///
/// Shapes follow cs231n: `N` examples in the first axis.
public protocol Layer: Sendable, CustomStringConvertible {
  /// What `forward` keeps for `backward`.
  associatedtype Cache

  /// The trainable tensors by name.
  var parameters: [String: Tensor] { get set }

  /// The output shape for an input shape, or a `ShapeError` naming what was expected.
  func outputShape(forInputShape inputShape: [Int]) throws(ShapeError) -> [Int]

  /// Computes the output and the cache for `backward`.
  func forward(_ input: Tensor) -> (output: Tensor, cache: Cache)

  /// Computes the gradients of the loss with respect to the input and every parameter.
  func backward(_ outputGradient: Tensor, cache: Cache) -> LayerGradients

  /// Updates non-trainable state from a training forward pass.
  mutating func commit(_ cache: Cache)

  /// Switches between training and inference behaviour.
  mutating func setTraining(_ isTraining: Bool)
}

extension Layer {
  public mutating func commit(_ cache: Cache) {}

  public mutating func setTraining(_ isTraining: Bool) {}

  /// Layers without trainable tensors have an empty dictionary.
  public var parameterCount: Int { parameters.values.reduce(0) { $0 + $1.count } }

  /// The output for an input whose shape is checked first: the learner-facing entry point.
  public func applied(to input: Tensor) throws(ShapeError) -> Tensor {
    _ = try outputShape(forInputShape: input.shape)
    return forward(input).output
  }

  /// The output and a closure that maps `dy` to the gradients, hiding the cache's type.
  ///
  /// Lets containers chain layers without knowing each layer's `Cache` (swift-apis'
  /// `appliedForBackpropagation(to:)`).
  public func appliedForBackpropagation(
    to input: Tensor
  ) -> (output: Tensor, backpropagator: (Tensor) -> LayerGradients) {
    let (output, cache) = forward(input)
    return (output, { self.backward($0, cache: cache) })
  }

  // Type-erased entry points for containers of `any Layer`: the cache travels as `Any` and comes
  // back to the layer that made it.
  func erasedForward(_ input: Tensor) -> (output: Tensor, cache: Any) {
    let (output, cache) = forward(input)
    return (output, cache)
  }

  func erasedBackward(_ outputGradient: Tensor, cache: Any) -> LayerGradients {
    guard let cache = cache as? Cache else {
      preconditionFailure("\(self) got a cache of another layer")
    }
    return backward(outputGradient, cache: cache)
  }

  mutating func erasedCommit(_ cache: Any) {
    guard let cache = cache as? Cache else {
      preconditionFailure("\(self) got a cache of another layer")
    }
    commit(cache)
  }

  /// Reads a parameter from a dictionary being assigned to `parameters`, checking name and shape.
  static func parameter(_ name: String, in values: [String: Tensor], shape: [Int]) -> Tensor {
    guard let value = values[name] else {
      preconditionFailure("missing parameter \(name) in \(values.keys.sorted())")
    }
    precondition(
      value.shape == shape, "parameter \(name) must have shape \(shape), got \(value.shape)")
    return value
  }
}
