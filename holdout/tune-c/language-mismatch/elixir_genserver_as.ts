defmodule RateLimiter do
  use GenServer

  @window_ms 60_000

  def start_link(opts) do
    GenServer.start_link(__MODULE__, opts, name: __MODULE__)
  end

  def allow?(key, limit) do
    GenServer.call(__MODULE__, {:hit, key, limit})
  end

  @impl true
  def init(_opts) do
    :timer.send_interval(@window_ms, :reset)
    {:ok, %{}}
  end

  @impl true
  def handle_call({:hit, key, limit}, _from, state) do
    count = Map.get(state, key, 0)

    if count < limit do
      {:reply, true, Map.put(state, key, count + 1)}
    else
      {:reply, false, state}
    end
  end

  @impl true
  def handle_info(:reset, _state), do: {:noreply, %{}}
end
