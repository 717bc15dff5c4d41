@keyframes fade-in {
  from {
    opacity: 0;
    transform: translateY(8px);
  }
  to {
    opacity: 1;
    transform: none;
  }
}

.toast {
  position: fixed;
  right: 1rem;
  bottom: 1rem;
  animation: fade-in 200ms ease-out both;
}

.toast--success {
  background: #16a34a;
  color: white;
}

@media (prefers-reduced-motion: reduce) {
  .toast {
    animation: none;
  }
}
