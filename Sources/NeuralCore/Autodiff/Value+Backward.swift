/// Reverse-mode differentiation over the graph that ends at a `Value`.
extension Value {
  /// Sets `grad` of every node to ∂self/∂node, added to what the nodes already hold.
  ///
  /// Sorts the graph topologically (inputs before the nodes computed from them), seeds
  /// `self.grad = 1` (∂self/∂self), then calls each node's local rule in reverse order, so a node
  /// passes its gradient on only once every node that uses it has passed theirs.
  public func backward() {
    let order = topologicalOrder()
    grad = 1
    for node in order.reversed() {
      node.propagate()
    }
  }

  /// Sets `grad` to 0 on every node of the graph ending here.
  public func zeroGradients() {
    for node in topologicalOrder() { node.grad = 0 }
  }

  /// Names this node and returns it, so a staged computation reads `(a * b).labelled("dot")`.
  @discardableResult
  public func labelled(_ label: String) -> Value {
    self.label = label
    return self
  }

  /// The nodes of the graph ending here, each after all of its inputs; `self` is last.
  ///
  /// Iterative depth-first search, so deep graphs (a long chain of additions) cannot overflow the
  /// stack.
  public func topologicalOrder() -> [Value] {
    var order: [Value] = []
    var visited = Set<ObjectIdentifier>()
    var stack: [(node: Value, inputsPushed: Bool)] = [(self, false)]
    while let (node, inputsPushed) = stack.popLast() {
      if inputsPushed {
        order.append(node)
        continue
      }
      guard visited.insert(ObjectIdentifier(node)).inserted else { continue }
      stack.append((node, true))
      for input in node.inputs.reversed() where !visited.contains(ObjectIdentifier(input)) {
        stack.append((input, false))
      }
    }
    return order
  }

  /// A snapshot of the graph in topological order, for stepping through it node by node.
  ///
  /// Forward values read top to bottom; after `backward()`, gradients are filled in bottom to top.
  public func graph() -> [Node] {
    let order = topologicalOrder()
    var index: [ObjectIdentifier: Int] = [:]
    for (i, node) in order.enumerated() { index[ObjectIdentifier(node)] = i }
    return order.enumerated().map { i, node in
      Node(
        index: i, label: node.label, operation: node.operation,
        inputs: node.inputs.map { index[ObjectIdentifier($0)] ?? -1 }, data: node.data,
        grad: node.grad)
    }
  }

  /// One node of a graph snapshot: where it sits, how it was computed, and its numbers.
  public struct Node: Sendable, Equatable, CustomStringConvertible {
    /// Position in topological order.
    public var index: Int
    /// The node's label, or empty.
    public var label: String
    /// The operation that produced it, or empty for a leaf.
    public var operation: String
    /// Positions of its inputs.
    public var inputs: [Int]
    /// Its forward value.
    public var data: Double
    /// Its gradient.
    public var grad: Double

    /// `[4] dot = [2] + [3]  data=1.0  grad=0.19661193324148185`.
    public var description: String {
      let name = "[\(index)]" + (label.isEmpty ? "" : " " + label)
      let refs = inputs.map { "[\($0)]" }
      let formula: String
      switch (operation, refs.count) {
      case ("", _): formula = ""
      case (_, 2): formula = " = \(refs[0]) \(operation) \(refs[1])"
      case (_, 1) where operation.hasPrefix("**"): formula = " = \(refs[0])\(operation)"
      default: formula = " = \(operation)(\(refs.joined(separator: ", ")))"
      }
      return name + formula + "  data=\(data)  grad=\(grad)"
    }
  }
}
