/// A scalar node of a computation graph that knows how to pass gradients back to its inputs.
///
/// This is micrograd's `Value`: every operation creates a new node holding its result (`data`),
/// the nodes it was computed from (`inputs`), and a closure that applies the operation's local
/// derivative (the chain rule for one node). `backward()` (in `Value+Backward.swift`) walks the
/// graph in reverse topological order and calls those closures.
///
/// ```
/// let x = Value(3, label: "x"), y = Value(-4, label: "y")
/// let f = x * y + x          // data -9
/// f.backward()               // x.grad = y + 1 = -3, y.grad = x = 3
/// ```
///
/// Gradients **accumulate** (`+=`): a node used twice receives both contributions, which is the
/// multivariable chain rule. The same rule means a second `backward()` adds to the first; call
/// `zeroGradients()` between passes, as a training loop zeroes its gradients each step.
///
/// `Value` is a class because a graph node has identity: two uses of `x` must reach the same
/// node. Each backward closure captures its own output node `[unowned out]`: a strong capture
/// would make the node own a closure that owns the node, and the graph would never be freed.
/// A graph lives inside one computation, so `Value` is deliberately not `Sendable`.
public final class Value {
  /// The result of the forward computation at this node.
  public var data: Double
  /// ∂(output of the last `backward()`)/∂(this node), accumulated.
  public var grad: Double = 0
  /// A name shown in descriptions and graph listings (`"w0"`, `"dot"`); empty if none.
  public var label: String
  /// The operation that produced this node (`"+"`, `"*"`, `"tanh"`, …); empty for a leaf.
  public let operation: String
  /// The nodes this one was computed from, in argument order.
  public private(set) var inputs: [Value]
  /// Adds this node's contribution to its inputs' `grad`, given its own `grad`.
  var propagate: () -> Void = {}

  /// Creates a leaf: an input or a parameter.
  public init(_ data: Double, label: String = "") {
    self.data = data
    self.label = label
    self.operation = ""
    self.inputs = []
  }

  init(_ data: Double, operation: String, inputs: [Value]) {
    self.data = data
    self.label = ""
    self.operation = operation
    self.inputs = inputs
  }

  // Releasing a long chain node by node would recurse once per node and overflow the stack;
  // detach uniquely owned inputs onto a worklist instead, so each node dies with no inputs.
  deinit {
    var pending = inputs
    inputs = []
    propagate = {}
    while var node = pending.popLast() {
      guard isKnownUniquelyReferenced(&node) else { continue }
      pending.append(contentsOf: node.inputs)
      node.inputs = []
      node.propagate = {}
    }
  }

  // MARK: - Operations, each with its local gradient rule right under it

  /// `a + b`; ∂/∂a = 1, ∂/∂b = 1.
  public static func + (a: Value, b: Value) -> Value {
    let out = Value(a.data + b.data, operation: "+", inputs: [a, b])
    out.propagate = { [unowned out] in
      a.grad += out.grad
      b.grad += out.grad
    }
    return out
  }

  /// `a · b`; ∂/∂a = b, ∂/∂b = a.
  public static func * (a: Value, b: Value) -> Value {
    let out = Value(a.data * b.data, operation: "*", inputs: [a, b])
    out.propagate = { [unowned out] in
      a.grad += b.data * out.grad
      b.grad += a.data * out.grad
    }
    return out
  }

  /// `aⁿ` for a constant exponent; ∂/∂a = n·aⁿ⁻¹.
  public func power(_ n: Double) -> Value {
    let a = self
    let out = Value(Elementary.pow(a.data, n), operation: "**\(Value.text(n))", inputs: [a])
    out.propagate = { [unowned out] in
      a.grad += n * Elementary.pow(a.data, n - 1) * out.grad
    }
    return out
  }

  /// `eᵃ`; ∂/∂a = eᵃ (the output itself).
  public func exp() -> Value {
    let a = self
    let out = Value(Elementary.exp(a.data), operation: "exp", inputs: [a])
    out.propagate = { [unowned out] in
      a.grad += out.data * out.grad
    }
    return out
  }

  /// `ln a`; ∂/∂a = 1/a.
  public func log() -> Value {
    let a = self
    let out = Value(Elementary.log(a.data), operation: "log", inputs: [a])
    out.propagate = { [unowned out] in
      a.grad += out.grad / a.data
    }
    return out
  }

  /// `tanh a`; ∂/∂a = 1 − tanh²a.
  public func tanh() -> Value {
    let a = self
    let out = Value(Elementary.tanh(a.data), operation: "tanh", inputs: [a])
    out.propagate = { [unowned out] in
      a.grad += (1 - out.data * out.data) * out.grad
    }
    return out
  }

  /// `σ(a) = 1/(1 + e⁻ᵃ)`; ∂/∂a = σ(a)(1 − σ(a)).
  public func sigmoid() -> Value {
    let a = self
    let out = Value(1 / (1 + Elementary.exp(-a.data)), operation: "sigmoid", inputs: [a])
    out.propagate = { [unowned out] in
      a.grad += out.data * (1 - out.data) * out.grad
    }
    return out
  }

  /// `max(0, a)`; ∂/∂a = 1 if a > 0, else 0 (the kink at 0 takes 0, as micrograd does).
  public func relu() -> Value {
    let a = self
    let out = Value(max(0, a.data), operation: "relu", inputs: [a])
    out.propagate = { [unowned out] in
      a.grad += (out.data > 0 ? 1 : 0) * out.grad
    }
    return out
  }

  // MARK: - Operations built from the ones above (their gradients follow by the chain rule)

  /// `-a`, computed as `a · (-1)`.
  public static prefix func - (a: Value) -> Value { a * Value(-1) }
  /// `a - b`, computed as `a + (-b)`.
  public static func - (a: Value, b: Value) -> Value { a + (-b) }
  /// `a / b`, computed as `a · b⁻¹`.
  public static func / (a: Value, b: Value) -> Value { a * b.power(-1) }

  public static func + (a: Value, b: Double) -> Value { a + Value(b) }
  public static func + (a: Double, b: Value) -> Value { Value(a) + b }
  public static func - (a: Value, b: Double) -> Value { a - Value(b) }
  public static func - (a: Double, b: Value) -> Value { Value(a) - b }
  public static func * (a: Value, b: Double) -> Value { a * Value(b) }
  public static func * (a: Double, b: Value) -> Value { Value(a) * b }
  public static func / (a: Value, b: Double) -> Value { a / Value(b) }
  public static func / (a: Double, b: Value) -> Value { Value(a) / b }

  /// A number as Python prints it, without a trailing `.0` on whole exponents (`**2`, `**-1`).
  static func text(_ x: Double) -> String {
    x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : "\(x)"
  }
}

// MARK: - Conformance

extension Value: CustomStringConvertible {
  /// `Value(data=0.7310585786300049, grad=1.0)`, micrograd's form, with the label first if any.
  public var description: String {
    (label.isEmpty ? "" : label + ": ") + "Value(data=\(data), grad=\(grad))"
  }
}

/// A graph belongs to one computation; sharing its nodes across tasks would race on `grad`.
@available(*, unavailable)
extension Value: Sendable {}
