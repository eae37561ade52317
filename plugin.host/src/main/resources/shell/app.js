document.getElementById("app").textContent = "shell ok";
