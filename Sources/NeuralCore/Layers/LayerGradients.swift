/// What a layer's `backward` returns: `∂L/∂x` and `∂L/∂p` for each named parameter.
public struct LayerGradients: Sendable, Equatable {
  /// `∂L/∂x`, the shape of the layer's input.
  public var input: Tensor
  /// `∂L/∂p` under the parameter's name, the shape of the parameter.
  public var parameters: [String: Tensor]

  public init(input: Tensor, parameters: [String: Tensor] = [:]) {
    self.input = input
    self.parameters = parameters
  }
}
