#!/usr/bin/env swift
import Foundation

let args = CommandLine.arguments
guard args.count == 2 else {
    FileHandle.standardError.write("usage: bump-build <Info.plist>\n".data(using: .utf8)!)
    exit(1)
}

let url = URL(fileURLWithPath: args[1])
let data = try Data(contentsOf: url)
var plist = try PropertyListSerialization.propertyList(from: data, format: nil) as! [String: Any]

let current = Int(plist["CFBundleVersion"] as? String ?? "0") ?? 0
plist["CFBundleVersion"] = String(current + 1)

let out = try PropertyListSerialization.data(fromPropertyList: plist, format: .xml, options: 0)
try out.write(to: url)
print("CFBundleVersion: \(current) -> \(current + 1)")
