<?php

namespace App\Http\Controllers;

use App\Models\Invoice;
use Illuminate\Http\Request;

class InvoiceController extends Controller
{
    public function index(Request $request)
    {
        $invoices = Invoice::query()
            ->where('team_id', $request->user()->team_id)
            ->latest()
            ->paginate(25);

        return view('invoices.index', compact('invoices'));
    }

    public function markPaid(Invoice $invoice)
    {
        $this->authorize('update', $invoice);
        $invoice->update(['paid_at' => now()]);

        return redirect()->route('invoices.show', $invoice)
            ->with('status', 'Invoice marked as paid.');
    }
}
