/// `help(x)` and `dir(x)`, read from the same tables as calls and completion.
enum Help {
  static func text(for value: PyValue, _ interpreter: Interpreter) throws(PyException) -> String {
    switch value {
    case .builtin(let function):
      return "Help on built-in function \(function.name):\n\n\(function.signature)\n" + indented(function.doc)
    case .function(let function):
      let code = function.code
      var parameters = code.positionalNames
      if let _ = code.varargsSlot { parameters.append("*args") }
      parameters += code.keywordOnlyNames
      if let _ = code.varkwSlot { parameters.append("**kwargs") }
      return "Help on function \(code.name):\n\n\(code.name)(\(parameters.joined(separator: ", ")))\n"
        + indented(code.doc ?? "")
    case .module(let module):
      var lines = ["Help on module \(module.name):", ""]
      if !module.doc.isEmpty { lines += [module.doc, ""] }
      var functions: [String] = []
      var data: [String] = []
      for name in module.members.keys.sorted() where !name.hasPrefix("_") {
        switch module.members[name]! {  // name comes from the keys
        case .builtin(let function): functions += ["    " + function.signature] + indentedLines(function.doc, 8)
        case .module(let child): data.append("    \(name): module \(child.name)")
        default: data.append("    \(name) = \(try interpreter.repr(module.members[name]!))")  // name comes from the keys
        }
      }
      if !functions.isEmpty { lines += ["FUNCTIONS"] + functions + [""] }
      if !data.isEmpty { lines += ["DATA"] + data }
      return lines.joined(separator: "\n")
    case .type(let cls):
      var lines = ["Help on class \(cls.name):", ""]
      if let constructor = cls.constructor {
        lines.append(constructor.signature)
        lines += indentedLines(constructor.doc, 4)
      }
      let methods = names(of: value, interpreter).filter { !$0.hasPrefix("_") || $0 == "__init__" }
      if !methods.isEmpty { lines += ["Methods:"] + methods.map { "    " + $0 } }
      return lines.joined(separator: "\n")
    case .boundMethod(let method):
      return try text(for: method.function, interpreter)
    default:
      return try text(for: .type(Builtins.typeClass(of: value)), interpreter)
    }
  }

  private static func indented(_ text: String) -> String {
    indentedLines(text, 4).joined(separator: "\n")
  }

  private static func indentedLines(_ text: String, _ width: Int) -> [String] {
    guard !text.isEmpty else { return [] }
    let pad = String(repeating: " ", count: width)
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { pad + $0 }
  }

  /// The names `dir(value)` lists, sorted.
  static func names(of value: PyValue, _ interpreter: Interpreter) -> [String] {
    var names: Set<String> = []
    switch value {
    case .module(let module): names.formUnion(module.members.keys)
    case .instance(let object):
      names.formUnion(object.attributes.keys)
      var cls: PyClass? = object.cls
      while let current = cls {
        names.formUnion(current.attributes.keys)
        cls = current.base
      }
    case .type(let cls):
      var current: PyClass? = cls
      while let c = current {
        names.formUnion(c.attributes.keys)
        current = c.base
      }
      if cls === Builtins.listType { names.formUnion(ListMethods.names) }
      if cls === Builtins.dictType { names.formUnion(DictMethods.names) }
      if cls === Builtins.strType { names.formUnion(StrMethods.names) }
      if cls === Builtins.setType { names.formUnion(SetMethods.names) }
    case .native(let object): names.formUnion(object.attributeNames)
    default: break
    }
    names.formUnion(BuiltinMethods.names(for: value))
    return names.sorted()
  }
}
