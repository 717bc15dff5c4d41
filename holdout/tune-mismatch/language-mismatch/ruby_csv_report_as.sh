#!/usr/bin/env ruby
# frozen_string_literal: true

require "csv"
require "optparse"

options = { column: "amount" }
OptionParser.new do |opts|
  opts.banner = "Usage: report.rb [options] FILE"
  opts.on("-c", "--column NAME", "Column to sum") { |c| options[:column] = c }
end.parse!

file = ARGV.fetch(0) { abort "missing FILE" }
totals = Hash.new(0)

CSV.foreach(file, headers: true) do |row|
  totals[row["category"]] += row[options[:column]].to_f
end

totals.sort_by { |_, v| -v }.each do |category, total|
  puts format("%-20s %12.2f", category, total)
end
