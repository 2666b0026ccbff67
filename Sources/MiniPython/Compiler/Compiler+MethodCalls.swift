/// Method calls `obj.name(args)`: user methods fill the callee's frame directly, list/dict/str
/// methods and module functions run without a bound method object, and so do numpy array methods.
extension Compiler {
  func compileMethodCall(
    _ object: Expression, _ name: String, _ expressions: [Expression]?,
    _ evaluateAll: @escaping (Frame) throws(PyException) -> EvaluatedArguments
  ) throws(SyntaxError) -> Evaluator {
    let receiverValue = try compile(object)
    // Up to three positional arguments fill the callee's slots directly (-1: the general path).
    let count = (expressions?.count ?? 99) <= 3 ? expressions!.count : -1  // non-nil when count <= 3
    let unused: Evaluator = { _ throws(PyException) in .none }
    let a0 = count >= 1 ? try compile(expressions![0]) : unused  // count >= 1 implies non-nil
    let a1 = count >= 2 ? try compile(expressions![1]) : unused
    let a2 = count >= 3 ? try compile(expressions![2]) : unused
    // Up to three positional arguments become one array literal, without the general argument
    // loop (np.dot(W, A), d.get(k), a.reshape(n, 1)).
    let arguments: (Frame) throws(PyException) -> EvaluatedArguments
    switch count {
    case 0: arguments = { _ throws(PyException) in ([], []) }
    case 1: arguments = { f throws(PyException) in ([try a0(f)], []) }
    case 2: arguments = { f throws(PyException) in ([try a0(f), try a1(f)], []) }
    case 3: arguments = { f throws(PyException) in ([try a0(f), try a1(f), try a2(f)], []) }
    default: arguments = evaluateAll
    }
    let isAppend = name == "append" && count == 1
    let cache = MethodCache()
    let own = AttributeCache(name)
    let arrayMethod = NDArray.methods[name]
    return { f throws(PyException) in
      let receiver = try receiverValue(f)
      let interpreter = f.interpreter
      switch receiver {
      case .instance(let instance):
        // Every path below uses the instance, not `receiver`, so the reference moves.
        guard own.isKnownUnset(on: instance) || !own.isSet(on: instance),
          let method = cache.lookup(name, in: instance.cls)
        else {
          return try Compiler.callAttribute(.instance(instance), name, arguments, f)
        }
        if case .function(let function) = method {
          if count >= 0, let frame = Compiler.directFrame(function, count + 1, f) {
            frame.slots[0] = .instance(instance)
            if count > 0 { frame.slots[1] = try a0(f) }
            if count > 1 { frame.slots[2] = try a1(f) }
            if count > 2 { frame.slots[3] = try a2(f) }
            Compiler.fillDefaults(function, from: count + 1, frame)
            return try interpreter.run(function, in: frame)
          }
          let (positional, keywords) = try arguments(f)
          return try interpreter.callFunction(function, [.instance(instance)] + positional, keywords: keywords)
        }
        let (positional, keywords) = try arguments(f)
        if case .builtin = method {
          return try interpreter.call(method, [.instance(instance)] + positional, keywords: keywords)
        }
        return try interpreter.call(method, positional, keywords: keywords)
      case .list(let list) where isAppend:
        list.items.append(try a0(f))
        return .none
      case .list, .dict, .str, .set, .tuple:
        let (positional, keywords) = try arguments(f)
        let arguments = Arguments(
          functionName: name, positional: positional, keywords: keywords, interpreter: interpreter)
        if let result = try BuiltinMethods.call(name, on: receiver, arguments) { return result }
        return try interpreter.call(try interpreter.attribute(receiver, name), positional, keywords: keywords)
      case .module(let module):
        if let member = cache.member(name, of: module) {
          // np.tanh(z), np.dot(W, x): a module function with a one- or two-argument form takes
          // its arguments without an argument list.
          if case .builtin(let builtin) = member {
            if count == 1, let unary = builtin.unary { return try unary(try a0(f), interpreter) }
            if count == 2, let binary = builtin.binary { return try binary(try a0(f), try a1(f), interpreter) }
          }
          let (positional, keywords) = try arguments(f)
          if case .builtin(let builtin) = member {
            return try builtin.body(
              Arguments(functionName: builtin.name, positional: positional, keywords: keywords, interpreter: interpreter))
          }
          return try interpreter.call(member, positional, keywords: keywords)
        }
      case .native(let object):
        if let arrayMethod, let array = object as? NDArray {
          let (positional, keywords) = try arguments(f)
          return try arrayMethod.body(
            array, Arguments(functionName: name, positional: positional, keywords: keywords, interpreter: interpreter))
        }
      default:
        break
      }
      return try Compiler.callAttribute(receiver, name, arguments, f)
    }
  }

  /// `receiver.name(arguments)` by the general rules: the attribute, then a call of it.
  static func callAttribute(
    _ receiver: PyValue, _ name: String,
    _ arguments: (Frame) throws(PyException) -> EvaluatedArguments, _ f: Frame
  ) throws(PyException) -> PyValue {
    let callee = try f.interpreter.attribute(receiver, name)
    let (positional, keywords) = try arguments(f)
    return try f.interpreter.call(callee, positional, keywords: keywords)
  }
}
