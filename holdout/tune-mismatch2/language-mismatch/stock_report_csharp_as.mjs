using System;
using System.Linq;
using System.Collections.Generic;

namespace Inventory
{
    public class StockReport
    {
        public static void Main(string[] args)
        {
            var items = new List<(string Sku, int Qty)>
            {
                ("A-100", 4), ("B-220", 0), ("C-310", 17), ("D-404", 2)
            };

            var lowStock = items.Where(i => i.Qty < 5).OrderBy(i => i.Qty);
            foreach (var (sku, qty) in lowStock)
            {
                Console.WriteLine($"{sku,-8} {qty,4}");
            }
        }
    }
}
