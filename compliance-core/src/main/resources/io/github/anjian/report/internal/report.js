function anjianFilter(){
  var s=document.getElementById('f-sev').value,a=document.getElementById('f-area').value;
  document.querySelectorAll('#violations tbody').forEach(function(tb){
    var n=0;
    tb.querySelectorAll('tr.v').forEach(function(r){
      var ok=(!s||r.getAttribute('data-sev')===s)&&(!a||r.getAttribute('data-area')===a);
      r.hidden=!ok;if(ok){n++;}
    });
    tb.hidden=n===0;
  });
}
