/// Layers applied one after another: `y = fₖ(… f₁(f₀(x)))`.
///
/// - Parameters are the layers' own, prefixed with the layer's position: `"0.weight"`,
///   `"0.bias"`, `"2.weight"`. A nested `Sequential` adds its own prefix (`"1.0.weight"`).
/// - `backward` runs the layers' backward passes in reverse order, handing each the gradient of
///   its output and collecting the parameter gradients under the same dotted names.
/// - A `Sequential` is itself a `Layer`, so it nests and can be gradient-checked as a whole.
public struct Sequential: Layer {
  /// The layers, first applied first.
  public var layers: [any Layer]

  /// Each layer's cache, in order, kept type-erased.
  public struct Cache {
    var layerCaches: [Any]
  }

  /// A model of the given layers; shapes are checked when it is first applied.
  public init(_ layers: [any Layer]) {
    self.layers = layers
  }

  /// A model whose layers are checked to fit together for inputs of one example's shape.
  ///
  /// - Parameter inputShape: the shape of one example, without the batch axis (Keras's
  ///   `input_shape`): `[2]` for points in the plane, `[28, 28, 1]` for small images.
  /// - Throws: `ShapeError` naming the first layer that does not accept its input.
  public init(_ layers: [any Layer], inputShape: [Int]) throws(ShapeError) {
    self.init(layers)
    _ = try outputShape(forInputShape: [1] + inputShape)
  }

  public var parameters: [String: Tensor] {
    get {
      var all: [String: Tensor] = [:]
      for (i, layer) in layers.enumerated() {
        for (name, value) in layer.parameters { all["\(i).\(name)"] = value }
      }
      return all
    }
    set {
      for i in layers.indices {
        let prefix = "\(i)."
        var own: [String: Tensor] = [:]
        for name in layers[i].parameters.keys { own[name] = newValue[prefix + name] }
        if !own.isEmpty { layers[i].parameters = own }
      }
    }
  }

  public func outputShape(forInputShape shape: [Int]) throws(ShapeError) -> [Int] {
    var shape = shape
    for (i, layer) in layers.enumerated() {
      do {
        shape = try layer.outputShape(forInputShape: shape)
      } catch {
        throw .mismatch("layer \(i), \(error)")
      }
    }
    return shape
  }

  public func forward(_ input: Tensor) -> (output: Tensor, cache: Cache) {
    var x = input
    var caches: [Any] = []
    caches.reserveCapacity(layers.count)
    for layer in layers {
      let (y, cache) = layer.erasedForward(x)
      caches.append(cache)
      x = y
    }
    return (x, Cache(layerCaches: caches))
  }

  public func backward(_ outputGradient: Tensor, cache: Cache) -> LayerGradients {
    var dy = outputGradient
    var gradients: [String: Tensor] = [:]
    for i in layers.indices.reversed() {
      let g = layers[i].erasedBackward(dy, cache: cache.layerCaches[i])
      for (name, value) in g.parameters { gradients["\(i).\(name)"] = value }
      dy = g.input
    }
    return LayerGradients(input: dy, parameters: gradients)
  }

  public mutating func commit(_ cache: Cache) {
    for i in layers.indices { layers[i].erasedCommit(cache.layerCaches[i]) }
  }

  public mutating func setTraining(_ isTraining: Bool) {
    for i in layers.indices { layers[i].setTraining(isTraining) }
  }

  /// The output in inference mode (dropout off, batch norm on running averages).
  public func predict(_ input: Tensor) -> Tensor {
    var model = self
    model.setTraining(false)
    return model.forward(input).output
  }
}

// MARK: - Conformance

extension Sequential: CustomStringConvertible {
  /// One line per layer with its position (the prefix of its parameter names), then the count.
  ///
  /// ```
  /// Sequential(
  ///   0: Dense(inputSize: 2, outputSize: 4)
  ///   1: ReLU()
  /// ) 12 parameters
  /// ```
  public var description: String {
    let lines = layers.enumerated().map { i, layer in
      "  \(i): "
        + layer.description.split(separator: "\n", omittingEmptySubsequences: false)
        .joined(separator: "\n     ")
    }
    let count = parameterCount
    return (["Sequential("] + lines + [") \(count) parameter\(count == 1 ? "" : "s")"]).joined(
      separator: "\n")
  }
}
