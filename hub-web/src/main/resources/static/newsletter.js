// The newsletter composer: drag and drop to reorder blocks (the Up and Down buttons do the same
// without a mouse or without JavaScript), and a confirmation before sending to everyone.
(function () {
  "use strict";
  var form = document.getElementById("composer");
  if (!form) {
    return;
  }
  form.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-confirm]");
    if (button && !window.confirm(button.getAttribute("data-confirm"))) {
      event.preventDefault();
    }
  });
  var list = form.querySelector(".block-list");
  var dragged = null;
  if (!list) {
    return;
  }
  list.addEventListener("dragstart", function (event) {
    dragged = event.target.closest(".block");
    if (dragged) {
      dragged.classList.add("dragging");
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", dragged.getAttribute("data-index"));
    }
  });
  list.addEventListener("dragover", function (event) {
    var over = event.target.closest(".block");
    if (!dragged || !over || over === dragged) {
      return;
    }
    event.preventDefault();
    var box = over.getBoundingClientRect();
    var after = event.clientY > box.top + box.height / 2;
    list.insertBefore(dragged, after ? over.nextSibling : over);
  });
  list.addEventListener("drop", function (event) {
    event.preventDefault();
  });
  list.addEventListener("dragend", function () {
    if (!dragged) {
      return;
    }
    dragged.classList.remove("dragging");
    dragged = null;
    var order = Array.prototype.map.call(list.querySelectorAll(".block"), function (item) {
      return item.getAttribute("data-index");
    });
    document.getElementById("block-order").value = order.join(",");
    var op = document.createElement("input");
    op.type = "hidden";
    op.name = "op";
    op.value = "order";
    form.appendChild(op);
    form.submit();
  });
})();
